// libFuzzer target for the regulation loader: UTF-8 decoding, front matter split, YAML (issue 6).
//
// Built by scripts/fuzz.sh with `-sanitize=fuzzer,address -DFUZZING`; see docs/fuzzing.md.
// In a normal `swift build` (no FUZZING) it is a small replay tool instead:
// `FuzzFrontMatter FILE…` runs each file through the same steps.
//
// Per input: `SourceText.decode` → `FrontMatter.split` → `YAMLNode.parse` (front matter, and the
// whole text as a YAML file); then the input is written as `regulations/x.md` of a temp content
// folder and loaded the way `ContentLoader` does it:
// - default (fast): `LoadSession.loadRegulations()` (read, decode, split, YAML, every front matter
//   key) and `ReferenceResolver.checkAll()` against the site of BOARDGEN_FUZZ_SITE (default
//   `content`), loaded once;
// - BOARDGEN_FUZZ_FULL_LOAD=1: a whole `ContentLoader(contentFolder:).load()` of a temp folder that
//   holds the YAML files of BOARDGEN_FUZZ_SITE next to `regulations/x.md` (about 5× slower).
// Needs `@testable import` (FrontMatter, LoadSession are internal): a debug build, which SwiftPM
// compiles with -enable-testing. A release build only prints a hint.
import Foundation
import FuzzDriver

#if DEBUG
import BoardGenDiagnostics
import BoardGenKit
import BoardGenLoad
import BoardGenModel

let fullLoad = ProcessInfo.processInfo.environment["BOARDGEN_FUZZ_FULL_LOAD"] == "1"
let siteSource = URL(fileURLWithPath: ProcessInfo.processInfo.environment["BOARDGEN_FUZZ_SITE"] ?? "content")

/// The site the regulation's references are resolved against (fast mode).
let baseSite: Site = {
    let loaded = ContentLoader(contentFolder: siteSource).load()
    guard let site = loaded.site else {
        fatalError(
            "FuzzFrontMatter: \(siteSource.path) did not load; set BOARDGEN_FUZZ_SITE\n"
                + loaded.diagnostics.map(\.formatted).joined(separator: "\n"))
    }
    return site
}()

/// The temp content folder, made on first use; removed at exit.
let siteFolder: URL = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let folder = URL(fileURLWithPath: base).appendingPathComponent("boardgen-fuzz-frontmatter-\(getpid())")
    let manager = FileManager.default
    try? manager.removeItem(at: folder)
    try! manager.createDirectory(at: folder.appendingPathComponent("regulations"), withIntermediateDirectories: true)
    if fullLoad {
        for name in (try? manager.contentsOfDirectory(atPath: siteSource.path)) ?? [] where name.hasSuffix(".yaml") {
            try! manager.copyItem(at: siteSource.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }
    atexit { try? FileManager.default.removeItem(at: siteFolder) }
    return folder
}()

func fuzzFrontMatter(_ data: Data) {
    if case .success(let source) = SourceText.decode(data, path: "regulations/x.md") {
        if case .success(let parts) = FrontMatter.split(source.text, path: source.path) {
            _ = YAMLNode.parse(parts.yaml, path: source.path, lineOffset: 1)
        }
        _ = YAMLNode.parse(source.text, path: source.path)
    }
    try! data.write(to: siteFolder.appendingPathComponent("regulations/x.md"))
    let diagnostics: [Diagnostic]
    if fullLoad {
        diagnostics = ContentLoader(contentFolder: siteFolder).load().diagnostics
    } else {
        let session = LoadSession(root: siteFolder)
        var site = baseSite
        site.regulations = session.loadRegulations()
        ReferenceResolver(site: site, sink: session.sink).checkAll()
        diagnostics = session.sink.bag.sorted
    }
    _ = diagnostics.map(\.formatted)
}
#else
import BoardGenKit

func fuzzFrontMatter(_ data: Data) {
    fatalError("FuzzFrontMatter needs a debug build (@testable import BoardGenKit); see docs/fuzzing.md")
}
#endif

#if FUZZING
@_cdecl("FuzzFrontMatter_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, target: fuzzFrontMatter)
}
#else
@main
enum Replay {
    static func main() throws {
        try FuzzDriver.replay(fuzzFrontMatter)
    }
}
#endif
