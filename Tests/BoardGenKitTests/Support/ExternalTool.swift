import Foundation
import Testing

@testable import BoardGenBoard
@testable import BoardGenCheck
@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenLoad
@testable import BoardGenMarkdown
@testable import BoardGenModel
@testable import BoardGenRender
@testable import BoardGenSupport
@testable import BoardGenWrite

/// Runs real tools (the Nu HTML checker, chromium, poppler) that judge what we cannot judge ourselves.
/// `make test` installs them; a test that needs a missing tool fails and says how to get it.
enum ExternalTool {
    /// The result of running a tool.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The path of a tool from the test venv (BOARDGEN_VENV) or PATH.
    static func find(_ name: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        var folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        if let venv = environment["BOARDGEN_VENV"] { folders.insert("\(venv)/bin", at: 0) }
        folders.append(Fixtures.repository.appendingPathComponent(".venv/bin").path)
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Finds a tool or records a failing issue naming the command that installs it.
    static func require(_ name: String, installedBy hint: String = "make test") -> String? {
        guard let path = find(name) else {
            Issue.record("\(name) is not installed; run the tests with `\(hint)`, which installs it")
            return nil
        }
        return path
    }

    /// Runs a command and waits for it.
    static func run(
        _ executable: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Builds content/ and every example into one folder (one subfolder each) and returns it.
    static func buildAllSites() -> URL {
        let folder = Fixtures.makeTemporaryFolder("all-sites")
        for site in allSiteFolders() {
            let result = SiteBuilder(contentFolder: site, today: Fixtures.today).build(
                into: folder.appendingPathComponent(site.lastPathComponent))
            #expect(!result.hasErrors, "\(site.path): \(Fixtures.render(result.diagnostics))")
        }
        return folder
    }

    /// content/ and examples/*.
    static func allSiteFolders() -> [URL] {
        let examples = Fixtures.repository.appendingPathComponent("examples")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []).filter {
            !$0.hasPrefix(".")
        }.sorted()
        return [Fixtures.repository.appendingPathComponent("content")]
            + names.map { examples.appendingPathComponent($0) }
    }
}
