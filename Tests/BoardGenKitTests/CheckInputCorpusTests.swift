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

/// The check-input corpus: each folder under Fixtures/check-input is a change to the base site in
/// the same overlay format as the bad-input corpus (files to overlay, an optional `setup` script,
/// `expected.txt`), for content that `build` accepts but `boardgen check` reports: timetable
/// consistency (BG207–BG211, BG215), content findings (BG406, BG407) and publication gaps
/// (BG410, BG411). Every case must report exactly the findings in `expected.txt` and fail
/// `check --strict` (an error fails `check` itself; a warning only its strict mode).
@Suite struct CheckInputCorpusTests {
    static let corpus = Fixtures.root.appendingPathComponent("check-input")
    static let cases = CorpusCase.names(in: corpus)

    @Test func corpusHasCasesAndTheBaseSiteChecksClean() {
        #expect(Self.cases.count >= 10, "the check-input corpus should cover every code only `check` raises")
        let clean = SiteChecker(contentFolder: Fixtures.baseSite, today: Fixtures.today).check()
        let findings = Fixtures.render(clean.diagnostics)
        #expect(findings.isEmpty, "the base site must check clean, so every finding of a case is its own: \(findings)")
    }

    @Test(arguments: cases)
    func checkInput(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        try CorpusCase.withSite(of: folder) { site in
            let result = SiteChecker(contentFolder: site, today: Fixtures.today).check()
            try CorpusCase.expectDiagnostics(result.diagnostics, of: folder, name: name)
            #expect(result.hasErrors || result.hasWarnings, "\(name) must fail `check --strict` (exit 1)")

            let built = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
            let buildFailed = built.hasErrors
            #expect(!buildFailed, "\(name) fails the build; such a case belongs in Fixtures/bad-input")
        }
    }
}
