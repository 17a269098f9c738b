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

/// `boardgen check` on the seeds (exactly their real gaps), content/ (clean), and its output formats.
@Suite struct CheckTests {
    @Test(arguments: ExternalTool.allSiteFolders().map(\.lastPathComponent))
    func findingsAreExactlyTheRealGaps(_ name: String) throws {
        let content = ExternalTool.allSiteFolders().first { $0.lastPathComponent == name }!
        let result = SiteChecker(contentFolder: content, today: Fixtures.today).check()
        let actual = Fixtures.render(result.diagnostics)
        let golden = Fixtures.root.appendingPathComponent("check/\(name).txt")
        if Fixtures.isRecording {
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (actual + "\n").write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(actual == expected)
        if name == "content" {
            #expect(result.diagnostics.isEmpty, "content/ must pass clean")
            #expect(result.rows.count >= 10)
        } else {
            #expect(result.hasErrors, "every seed has real gaps")
        }
    }

    @Test func jsonOutputMatchesTheDocumentedSchema() throws {
        guard
            let python = ExternalTool.find("python3").map({ _ in
                ProcessInfo.processInfo.environment["BOARDGEN_PYTHON"]
                    ?? Fixtures.repository.appendingPathComponent(".venv/bin/python").path
            }),
            FileManager.default.isExecutableFile(atPath: python)
        else {
            Issue.record("the test venv is missing; run `make test`")
            return
        }
        let folder = Fixtures.makeTemporaryFolder("json")
        defer { try? FileManager.default.removeItem(at: folder) }
        for site in ExternalTool.allSiteFolders() {
            let result = SiteChecker(contentFolder: site, today: Fixtures.today).check()
            let json = CheckReportFormat.json.render(result, strict: false) { $0.location.file }
            try json.write(
                to: folder.appendingPathComponent("\(site.lastPathComponent).json"), atomically: true, encoding: .utf8)
        }
        // One report over several sites (`check --content a b`): rows name their content folder.
        let sites = ExternalTool.allSiteFolders().map {
            ($0.lastPathComponent, SiteChecker(contentFolder: $0, today: Fixtures.today).check())
        }
        let combined = CheckReportFormat.json.render(sites, strict: false) { content, diagnostic in
            "\(content)/\(diagnostic.location.file)"
        }
        #expect(combined.contains("\"content\" : \"glazovo-school\""))
        try combined.write(to: folder.appendingPathComponent("all-sites.json"), atomically: true, encoding: .utf8)
        let script = """
            import json, jsonschema, pathlib, sys
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            for path in sorted(pathlib.Path(sys.argv[2]).glob("*.json")):
                jsonschema.validate(json.load(open(path)), schema, cls=jsonschema.Draft202012Validator)
                print("valid", path.name)
            """
        let output = try ExternalTool.run(
            python,
            ["-c", script, Fixtures.repository.appendingPathComponent("docs/check-schema.json").path, folder.path])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.components(separatedBy: "valid ").count - 1 == ExternalTool.allSiteFolders().count + 1)
    }

    @Test func githubFormatAnnotatesEachFinding() {
        let content = Fixtures.repository.appendingPathComponent("examples/gymnasium-1")
        let result = SiteChecker(contentFolder: content, today: Fixtures.today).check()
        let lines = CheckReportFormat.github.render(result, strict: false) {
            "examples/gymnasium-1/\($0.location.file)"
        }
        .split(separator: "\n")
        #expect(lines.count == result.diagnostics.count)
        #expect(
            lines.allSatisfy {
                $0.hasPrefix("::error file=examples/gymnasium-1/")
                    || $0.hasPrefix("::warning file=examples/gymnasium-1/")
            })
        #expect(lines.contains { $0.contains(",line=") && $0.contains(",col=") && $0.contains("::[BG404]") })
    }

    @Test func strictModeFailsOnWarnings() {
        let content = Fixtures.repository.appendingPathComponent("examples/adilsoltanov-gymnasium")
        let result = SiteChecker(contentFolder: content, today: Fixtures.today).check()
        #expect(result.hasWarnings)
        let strict = CheckReportFormat.json.render(result, strict: true) { $0.location.file }
        #expect(strict.contains("\"passed\" : false"))
    }
}
