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

/// The accepted-input corpus: each folder under Fixtures/accepted is a change to the base site
/// in the same overlay format as the bad-input corpus (files to overlay, an optional `setup`
/// script, `expected.txt`), for inputs that look unusual but must build: a byte-order mark,
/// CRLF line endings, or content that is only warned about. Every case must build without
/// errors and report exactly the warnings in `expected.txt` (often none).
///
/// Cases named `bom-…` or `crlf-…` only change how a base-site file is encoded: their output
/// must be byte-identical to the base site's output. No case may take longer than
/// `timeLimit` to build (the base site takes well under a second, even in a debug build).
@Suite struct AcceptedInputCorpusTests {
    static let corpus = Fixtures.root.appendingPathComponent("accepted")
    static let cases = CorpusCase.names(in: corpus)

    /// The longest a single accepted case may take to build.
    static let timeLimit: Duration = .seconds(10)

    /// True for the cases whose output must equal the base site's.
    static func isEncodingVariant(_ name: String) -> Bool {
        name.hasPrefix("bom-") || name.hasPrefix("crlf-")
    }

    @Test func corpusHasCases() {
        #expect(Self.cases.count >= 3, "the accepted corpus should cover BOM, CRLF and BOM+CRLF")
        #expect(
            Self.cases.contains(where: Self.isEncodingVariant), "no bom-/crlf- case compares output with the base site")
    }

    @Test(arguments: cases)
    func acceptedInput(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        try CorpusCase.withSite(of: folder) { site in
            let output = site.deletingLastPathComponent().appendingPathComponent("public")
            let clock = ContinuousClock(), start = clock.now
            let result = SiteBuilder(contentFolder: site, today: Fixtures.today).build(into: output)
            let elapsed = clock.now - start
            #expect(elapsed < Self.timeLimit, "\(name) took \(elapsed) to build")
            try CorpusCase.expectDiagnostics(result.diagnostics, of: folder, name: name)
            let failed = result.hasErrors
            #expect(!failed, "\(name) must build (exit 0)")
            if Self.isEncodingVariant(name) { expectSameOutputAsTheBaseSite(output, name: name) }
        }
    }

    /// A bom-/crlf- case only re-encodes a file, so its output must be the base site's, byte for byte.
    func expectSameOutputAsTheBaseSite(_ output: URL, name: String) {
        let baseOutput = Fixtures.makeTemporaryFolder("accepted-base").appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: baseOutput.deletingLastPathComponent()) }
        let base = SiteBuilder(contentFolder: Fixtures.baseSite, today: Fixtures.today).build(into: baseOutput)
        let baseFailed = base.hasErrors
        #expect(!baseFailed, "the base site must build")
        let mine = Fixtures.snapshot(output), theirs = Fixtures.snapshot(baseOutput)
        #expect(mine.keys.sorted() == theirs.keys.sorted(), "\(name) must produce the same files as the base site")
        let differing = theirs.keys.sorted().filter { mine[$0] != theirs[$0] }
        #expect(differing.isEmpty, "\(name) must produce byte-identical output; differing files: \(differing)")
    }
}
