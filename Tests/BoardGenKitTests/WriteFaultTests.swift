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

/// A build that fails, cannot write, or is killed while writing leaves the published folder
/// exactly as it was (or, after the atomic swap, exactly the new one): never a mix, never empty.
@Suite(.serialized) struct WriteFaultTests {
    @Test func anUnwritableFolderLeavesThePreviousOutput() throws {
        guard let binary = CommandLineTests.binary else {
            Issue.record("run `make test` to build boardgen first"); return
        }
        let folder = Fixtures.makeTemporaryFolder("unwritable")
        defer { chmod(folder.path, 0o755); try? FileManager.default.removeItem(at: folder) }
        chmod(folder.path, 0o755)
        let content = folder.appendingPathComponent("content")
        try Fixtures.overlay(Fixtures.repository.appendingPathComponent("content"), onto: content.creatingFolder())
        let site = folder.appendingPathComponent("site")
        let output = site.appendingPathComponent("public")
        let first = SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output).hasErrors
        #expect(!first)
        let before = Fixtures.snapshot(output)
        try "school:\n  short_name: \"Другая школа\"\nsystem:\n  name: X\nurl: https://x.example.ru/\n"
            .write(to: content.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        chmod(site.path, 0o555)  // no new folder can be made next to public/
        defer { chmod(site.path, 0o755) }
        var arguments = ["build", "--content", content.path, "--output", output.path, "--today", "2026-11-22"]
        var executable = binary
        if getuid() == 0 {
            // root ignores permissions: run as nobody, like the webmaster's account would
            guard let setpriv = ExternalTool.find("setpriv") else {
                Issue.record("setpriv (util-linux) is missing"); return
            }
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments
            executable = setpriv
        }
        let result = try ExternalTool.run(executable, arguments)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("[BG702]"), "\(result.stderr)")
        #expect(Fixtures.snapshot(output) == before, "the previous output must be untouched")
    }

    /// The same failure in process, as any user (root included): no folder can be made below a file.
    @Test func anOutputBelowAFileIsReportedAsUnwritable() throws {
        let folder = Fixtures.makeTemporaryFolder("below-a-file")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("site")
        try "not a folder".write(to: file, atomically: true, encoding: .utf8)
        let result = SiteBuilder(contentFolder: Fixtures.baseSite, today: Fixtures.today)
            .build(into: file.appendingPathComponent("public"))
        #expect(result.diagnostics.map(\.code) == ["BG702"], "\(Fixtures.render(result.diagnostics))")
        #expect(try String(contentsOf: file, encoding: .utf8) == "not a folder")
    }

    @Test func aKillWhileWritingLeavesTheOldOrTheNewOutputWhole() throws {
        guard let binary = CommandLineTests.binary else {
            Issue.record("run `make test` to build boardgen first"); return
        }
        let folder = Fixtures.makeTemporaryFolder("kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try makeLargeSite(in: folder)
        let output = folder.appendingPathComponent("public")
        let first = SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output).hasErrors
        #expect(!first)
        let before = Fixtures.snapshot(output)
        let site = content.appendingPathComponent("site.yaml")
        try (try String(contentsOf: site, encoding: .utf8)).replacingOccurrences(of: "СОШ № 27", with: "СОШ № 28")
            .write(to: site, atomically: true, encoding: .utf8)
        let after = Fixtures.snapshot(try buildCopy(content, in: folder))
        #expect(before != after)
        for delay in [0.05, 0.2, 0.5, 0.9] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["build", "--content", content.path, "--output", output.path, "--today", "2026-11-22"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = Fixtures.snapshot(output)
            #expect(
                now == before || now == after,
                "after a kill at \(delay) s the output is neither the old nor the new site")
        }
        let finalFailed = SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output).hasErrors
        #expect(!finalFailed)
        // The build cache's three files (next to the output, written by a build that finished before its kill) are
        // no leftovers; staging folders and half-written cache files are.
        let cacheFile = BuildCache.defaultFile(forOutput: output).lastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains(".boardgen-") && ![cacheFile, cacheFile + "-inputs", cacheFile + "-regulations"].contains($0)
        }
        #expect(leftovers.isEmpty, "staging folders of killed builds are cleaned up: \(leftovers)")
    }
}

private extension WriteFaultTests {
    /// content/ with 150 more regulations, so that writing takes long enough to be interrupted.
    func makeLargeSite(in folder: URL) throws -> URL {
        let content = try folder.appendingPathComponent("content").creatingFolder()
        try Fixtures.overlay(Fixtures.repository.appendingPathComponent("content"), onto: content)
        let regulations = content.appendingPathComponent("regulations")
        let source = try String(contentsOf: regulations.appendingPathComponent("pomosch-ezh.md"), encoding: .utf8)
        for index in 1...150 {
            // Slugs and appendix form ids must stay unique across regulations.
            let copy = source.replacingOccurrences(of: "slug: pomosch-ezh", with: "slug: copy-\(index)")
                .replacingOccurrences(of: "request-log", with: "request-log-\(index)")
                .replacingOccurrences(of: "consult-log", with: "consult-log-\(index)")
            try copy.write(
                to: regulations.appendingPathComponent("copy-\(index).md"), atomically: false, encoding: .utf8)
        }
        return content
    }

    func buildCopy(_ content: URL, in folder: URL) throws -> URL {
        let output = folder.appendingPathComponent("expected-new")
        let failed = SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output).hasErrors
        #expect(!failed)
        return output
    }
}

extension URL {
    /// Creates the folder (and parents) and returns it.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: self, withIntermediateDirectories: true)
        return self
    }
}
