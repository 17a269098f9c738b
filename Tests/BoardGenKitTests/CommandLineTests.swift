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

/// The `boardgen` binary as users run it: exit codes, the diagnostic format, and the integrity of
/// the published folder under faults (bad content, an unwritable folder, a kill while writing).
@Suite(.serialized) struct CommandLineTests {
    static var binary: String? {
        let path =
            ProcessInfo.processInfo.environment["BOARDGEN_BINARY"]
            ?? Fixtures.repository.appendingPathComponent(".build/debug/boardgen").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    func boardgen(_ arguments: [String], environment: [String: String]? = nil) throws -> ExternalTool.Output {
        guard let binary = Self.binary else {
            Issue.record("the boardgen binary is not built; run `make test` (it runs `swift build` first)")
            return ExternalTool.Output(status: -1, stdout: "", stderr: "")
        }
        return try ExternalTool.run(binary, arguments, in: Fixtures.repository, environment: environment)
    }

    /// `boardgen explain CODE` for every registered code; an unknown code is a usage error (exit 2).
    @Test func explainPrintsEveryCodeAndRefusesUnknownOnes() throws {
        for code in DiagnosticRegistry.all {
            let output = try boardgen(["explain", code.rawValue])
            #expect(output.status == 0, "explain \(code.rawValue)")
            #expect(output.stdout == DiagnosticRegistry.explanation(of: code))
        }
        #expect(try boardgen(["explain", "bg402"]).stdout.hasPrefix("BG402 (error, publication)"))
        let unknown = try boardgen(["explain", "BG999"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown diagnostic code 'BG999'"))
        #expect(try boardgen(["explain"]).status == 2)
        #expect(try boardgen(["explain", "--list"]).stdout == DiagnosticRegistry.list())
    }

    /// `check --url` takes one http(s) address and one content folder; anything else is usage (exit 2).
    @Test func checkURLOptionsAreValidated() throws {
        #expect(try boardgen(["check", "--url", "ftp://school.example.ru/"]).status == 2)
        #expect(try boardgen(["check", "--url", "not a url"]).status == 2)
        #expect(try boardgen(["check", "--url", "http://127.0.0.1:9/", "--existing"]).status == 2)
        #expect(
            try boardgen(["check", "--content", "content", "examples/gymnasium-1", "--url", "http://127.0.0.1:9/"])
                .status == 2)
        #expect(try boardgen(["check", "--url", "http://127.0.0.1:9/", "--url-timeout", "0"]).status == 2)
        // Nothing listens on port 9 (discard): a finding, exit 1, not a hang or a crash.
        let refused = try boardgen(["check", "--url", "http://127.0.0.1:9/help/", "--today", "2026-11-22"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[BG802] http://127.0.0.1:9/help/ could not be fetched"))
    }

    @Test func exitCodesFollowTheContract() throws {
        let folder = Fixtures.makeTemporaryFolder("cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        #expect(try boardgen(["build", "--today", "2026-11-22", "--output", output]).status == 0)
        #expect(try boardgen(["check", "--today", "2026-11-22"]).status == 0)
        #expect(try boardgen(["check", "--content", "examples/gymnasium-1", "--today", "2026-11-22"]).status == 1)
        #expect(try boardgen(["build", "--no-such-flag"]).status == 2)
        #expect(try boardgen(["build", "--content", folder.appendingPathComponent("missing").path]).status == 2)
        let intoContent = try boardgen(["build", "--output", "content"])
        #expect(intoContent.status == 2)
        #expect(intoContent.stderr.contains("[BG701]"), "the output folder is refused: \(intoContent.stderr)")
        #expect(try boardgen(["check", "--format", "yaml"]).status == 2)
        #expect(try boardgen(["hours", "пн 25:00"]).status == 1)
        #expect(try boardgen(["hours", "пн-пт 9:00-18:00"]).status == 0)
    }

    @Test func severalSitesAreCheckedInOneRun() throws {
        let sites = ["examples/elzhur-school", "examples/glazovo-school"]
        let both = try boardgen(["check", "--content"] + sites + ["--today", "2026-11-22"])
        #expect(both.status == 1)
        // Each site's findings, with paths under its own folder, in the order the folders were given.
        let elzhur = try boardgen(["check", "--content", sites[0], "--today", "2026-11-22"])
        let glazovo = try boardgen(["check", "--content", sites[1], "--today", "2026-11-22"])
        let findings = both.stderr.split(separator: "\n").map(String.init)
        let expected = (elzhur.stderr + glazovo.stderr).split(separator: "\n").map(String.init)
        #expect(findings == expected)
        #expect(findings.contains { $0.hasPrefix("examples/elzhur-school/regulations/") && $0.contains("[BG409]") })
        #expect(findings.contains { $0.hasPrefix("examples/glazovo-school/") && $0.contains("[BG401]") })
        #expect(both.stdout.contains("required items in 2 sites"), "\(both.stdout)")
        // A clean site next to a failing one does not hide the failure; two clean sites pass.
        #expect(try boardgen(["check", "--content", "content", sites[0], "--today", "2026-11-22"]).status == 1)
        #expect(try boardgen(["check", "--content", "content", "content", "--today", "2026-11-22"]).status == 0)
        // --existing reads one output folder, so it takes one site.
        #expect(try boardgen(["check", "--existing", "--content", "content", sites[0]]).status == 2)
    }

    @Test func severalSitesAreBuiltIntoOneFolderEach() throws {
        let folder = Fixtures.makeTemporaryFolder("cli-multi")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sites = ["examples/elzhur-school", "examples/glazovo-school"]
        let all = folder.appendingPathComponent("all")
        let both = try boardgen(["build", "--content"] + sites + ["--output", all.path, "--today", "2026-11-22"])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout.contains("built 2 of 2 sites"), "\(both.stdout)")
        for site in sites {
            let name = URL(fileURLWithPath: site).lastPathComponent
            let alone = folder.appendingPathComponent("alone-\(name)")
            #expect(
                try boardgen(["build", "--content", site, "--output", alone.path, "--today", "2026-11-22"]).status == 0)
            #expect(
                Fixtures.snapshot(all.appendingPathComponent(name)) == Fixtures.snapshot(alone),
                "\(name): the same files as a build of its own")
        }
        // A broken site fails the run and keeps its previous output; the other site is still built.
        let broken = folder.appendingPathComponent("broken")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent(sites[0]), to: broken)
        try "school: [".write(to: broken.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        let mixed = folder.appendingPathComponent("mixed")
        let result = try boardgen([
            "build", "--content", broken.path, sites[1], "--output", mixed.path, "--today", "2026-11-22",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("built 1 of 2 sites"), "\(result.stdout)")
        #expect(result.stderr.contains("/broken/site.yaml:") && result.stderr.contains("[BG101]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: mixed.appendingPathComponent("broken").path))
        #expect(FileManager.default.fileExists(atPath: mixed.appendingPathComponent("glazovo-school/index.html").path))
        // Two content folders with the same name would share an output folder.
        #expect(try boardgen(["build", "--content", "content", "content", "--output", mixed.path]).status == 2)
    }

    @Test func theCheckCacheAnswersUnchangedSitesAndNoticesChanges() throws {
        let folder = Fixtures.makeTemporaryFolder("cli-cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(
            at: Fixtures.repository.appendingPathComponent("examples/glazovo-school"), to: site)
        let arguments = [
            "check", "--content", site.path, "--today", "2026-11-22", "--format", "json", "--cache",
            folder.appendingPathComponent("cache").path,
        ]
        let fresh = try boardgen(["check", "--content", site.path, "--today", "2026-11-22", "--format", "json"])
        let first = try boardgen(arguments)
        let second = try boardgen(arguments)
        #expect(first.status == 1 && second.status == 1)
        #expect(
            first.stdout == fresh.stdout && second.stdout == fresh.stdout,
            "a cached answer reads exactly like a fresh one")
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cache").path)
        #expect(entries.count == 1 && entries[0].hasPrefix("check-"), "\(entries)")
        // After an edit the site is checked afresh and still reads the same (CheckCacheTests prove the re-check).
        let contacts = site.appendingPathComponent("contacts.yaml")
        try (String(contentsOf: contacts, encoding: .utf8) + "\n").write(
            to: contacts, atomically: true, encoding: .utf8)
        let touched = try boardgen(arguments)
        #expect(touched.stdout == fresh.stdout)
    }

    @Test func allDiagnosticsOfARunArePrintedInTheAgreedFormat() throws {
        let site = try CorpusCase.prepare(Fixtures.root.appendingPathComponent("bad-input/unknown-key-channel"))
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        try "people:\n  - id: tech\n    role: X\n    hours: \"пн 14:00-25:00\"\n".write(
            to: site.appendingPathComponent("people.yaml"), atomically: true, encoding: .utf8)
        let result = try boardgen([
            "build", "--content", site.path, "--output",
            site.deletingLastPathComponent().appendingPathComponent("out").path, "--today", "2026-11-22",
        ])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        let pattern = /^.+:\d+:\d+: (error|warning): \[BG\d{3}\] .+$/
        let diagnostics = lines.filter { $0.wholeMatch(of: pattern) != nil }
        #expect(diagnostics.count == 2, "both mistakes in one run:\n\(result.stderr)")
        #expect(diagnostics.contains { $0.contains("contacts.yaml:6:5: error: [BG103]") })
        #expect(diagnostics.contains { $0.contains("people.yaml:4:22: error: [BG202]") })
        #expect(lines.last?.contains("2 errors") == true)
    }

    @Test func outputDoesNotDependOnLocaleTimeZoneOrTimeOfDay() throws {
        let folder = Fixtures.makeTemporaryFolder("locale")
        defer { try? FileManager.default.removeItem(at: folder) }
        var snapshots: [[String: Data]] = []
        for (index, environment) in [
            ["LANG": "C", "TZ": "UTC"], ["LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8", "TZ": "Asia/Vladivostok"],
            ["LANG": "tr_TR.UTF-8", "TZ": "America/Los_Angeles"],
        ].enumerated() {
            let output = folder.appendingPathComponent("out\(index)")
            var full = ProcessInfo.processInfo.environment
            full.merge(environment) { $1 }
            let result = try boardgen(["build", "--today", "2026-11-22", "--output", output.path], environment: full)
            #expect(result.status == 0, "\(result.stderr)")
            snapshots.append(Fixtures.snapshot(output))
        }
        #expect(snapshots[0].count > 20)
        #expect(snapshots[0] == snapshots[1] && snapshots[1] == snapshots[2])
    }
}
