import Foundation
import Testing

@testable import BoardGenDiagnostics

/// The registry of diagnostic codes: every code declared once, explained, documented, triggered
/// by a fixture, and never written as a string literal at the place that raises it.
@Suite struct DiagnosticRegistryTests {
    @Test func codesAreUniqueAndWellFormed() {
        let codes = DiagnosticRegistry.all.map(\.rawValue)
        #expect(codes.count == Set(codes).count, "a code number is declared twice")
        #expect(codes == codes.sorted(), "the registry lists codes in number order")
        for code in codes {
            #expect(code.wholeMatch(of: /BG[1-9]\d\d/) != nil, "\(code) is not of the form BGnnn")
        }
        for code in DiagnosticRegistry.all {
            #expect(code.number / 100 == areaDigit(code.area), "\(code.rawValue) is in the wrong area")
        }
    }

    @Test func everyCodeIsExplained() {
        for code in DiagnosticRegistry.all {
            for (name, text) in [
                ("summary", code.summary), ("explanation", code.explanation),
                ("example", code.example), ("fix", code.fix),
            ] {
                #expect(
                    text.trimmingCharacters(in: .whitespacesAndNewlines).count >= 3, "\(code.rawValue) has no \(name)")
            }
            let explained = DiagnosticRegistry.explanation(of: code)
            #expect(explained.hasPrefix("\(code.rawValue) (\(code.severity.rawValue), "))
            #expect(explained.contains("Example:") && explained.contains("Fix:"))
        }
        #expect(DiagnosticRegistry.code("bg107")?.rawValue == "BG107")
        #expect(DiagnosticRegistry.code("BG999") == nil)
    }

    /// docs/diagnostics.md is generated; re-record with BOARDGEN_RECORD=1 after changing the registry.
    @Test func documentationIsGeneratedFromTheRegistry() throws {
        let file = Fixtures.repository.appendingPathComponent("docs/diagnostics.md")
        let generated = DiagnosticRegistry.markdown()
        if Fixtures.isRecording { try generated.write(to: file, atomically: true, encoding: .utf8) }
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == generated, "docs/diagnostics.md is out of date: run the tests with BOARDGEN_RECORD=1")
        for code in DiagnosticRegistry.all {
            #expect(written.contains("### \(code.rawValue)\n"), "\(code.rawValue) is not documented")
        }
    }

    /// Each code is triggered by a fixture whose expected output names it, or (for the two codes
    /// about the output folder, which no content folder can cause) by a named test that asserts it.
    @Test func everyCodeHasAFixtureThatTriggersIt() throws {
        var triggered = Set<String>()
        let fixtures = Fixtures.root
        for corpus in ["bad-input", "accepted", "check-input", "import-input"] {
            let folder = fixtures.appendingPathComponent(corpus)
            for name in CorpusCase.names(in: folder) {
                triggered.formUnion(codes(in: folder.appendingPathComponent("\(name)/expected.txt")))
            }
        }
        for name in CorpusCase.names(in: fixtures.appendingPathComponent("check")) {
            triggered.formUnion(codes(in: fixtures.appendingPathComponent("check/\(name)")))
        }
        let provenByTests = [
            "BG701": "TemplateOverrideTests.swift", "BG702": "WriteFaultTests.swift",
            "BG801": "DeployedSiteTests.swift", "BG802": "DeployedSiteTests.swift", "BG803": "DeployedSiteTests.swift",
            "BG804": "DeployedSiteTests.swift", "BG805": "DeployedSiteTests.swift",
        ]
        for (code, test) in provenByTests {
            let source = Fixtures.root.deletingLastPathComponent().appendingPathComponent(test)
            #expect(codes(in: source).contains(code), "\(test) no longer asserts \(code)")
            triggered.insert(code)
        }
        for code in DiagnosticRegistry.all.map(\.rawValue) {
            #expect(triggered.contains(code), "\(code) has no fixture that triggers it")
        }
    }

    /// Codes are typed values: no source file outside the two registries spells one as a string.
    @Test func noCodeIsWrittenAsAStringLiteral() throws {
        let sources = Fixtures.repository.appendingPathComponent("Sources")
        let registries: Set<String> = ["DiagnosticCode.swift", "ScheduleCode.swift"]
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") && !registries.contains((file as NSString).lastPathComponent) {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            #expect(text.firstMatch(of: /"BG\d{3}/) == nil, "\(file) spells a diagnostic code as a string")
        }
    }
}

private extension DiagnosticRegistryTests {
    func codes(in file: URL) -> Set<String> {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return Set(text.matches(of: /BG\d{3}/).map { String($0.output) })
    }

    func areaDigit(_ area: DiagnosticArea) -> Int {
        switch area {
        case .load: 1
        case .schedule: 2
        case .markdown: 3
        case .publication: 4
        case .board: 5
        case .templates: 6
        case .output: 7
        case .deployed: 8
        case .importing: 9
        }
    }
}
