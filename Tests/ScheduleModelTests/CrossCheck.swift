import Foundation
import Testing

/// Runs the Python cross-check scripts in `scripts/crosscheck` with `$BOARDGEN_PYTHON`.
enum CrossCheck {
    /// The repository root, found from this file's path (Tests/ScheduleModelTests/CrossCheck.swift).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var python: String? {
        ProcessInfo.processInfo.environment["BOARDGEN_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

    /// Tests run when Python is configured, and also on CI, where a missing Python is a failure.
    static var shouldRun: Bool { python != nil || isCI }

    static let skipReason: Comment = """
        BOARDGEN_PYTHON is not set, so the Python cross-check is skipped; run `make test` \
        (it creates .venv with icalendar, recurring-ical-events and holidays and sets BOARDGEN_PYTHON)
        """

    /// Records a failure when Python is missing (only reachable on CI) and returns nil.
    static func requirePython() -> String? {
        guard let python else {
            Issue.record("CI is set but BOARDGEN_PYTHON is not: the Python cross-checks cannot run")
            return nil
        }
        return python
    }

    /// A fresh temporary directory.
    static func makeTemporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "boardgen-crosscheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `python scripts/crosscheck/<script> <arguments>`; returns exit status and combined output.
    static func run(python: String, script: String, arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [repositoryRoot.appendingPathComponent("scripts/crosscheck/\(script)").path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
