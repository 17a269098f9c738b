// The entry points the three fuzz targets share (issue 6, docs/fuzzing.md): libFuzzer's driver
// when built by scripts/fuzz.sh with `-sanitize=fuzzer,address -DFUZZING`, otherwise a replay
// tool that runs each file named on the command line through the target.
import Foundation

/// Runs one fuzz target's test function under libFuzzer or over files.
public enum FuzzDriver {
    /// Replays the files named on the command line, printing "ok FILE" after each.
    public static func replay(_ target: (Data) -> Void) throws {
        for path in CommandLine.arguments.dropFirst() {
            target(try Data(contentsOf: URL(fileURLWithPath: path)))
            print("ok \(path)")
        }
    }

    #if FUZZING
    /// The test function libFuzzer calls; one target per process.
    nonisolated(unsafe) static var target: (Data) -> Void = { _ in }

    /// Hands control to libFuzzer's driver. SwiftPM links an executable product with
    /// `--defsym main=<Target>_main`, so libFuzzer's own `main` is not used: each target's
    /// `<Target>_main` calls this.
    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        target: @escaping (Data) -> Void
    ) -> CInt {
        Self.target = target
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { start, size in fuzzOneInput(start, size) }
    }
    #endif
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzDriver.target(Data(bytes: start, count: count))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
) -> CInt
#endif
