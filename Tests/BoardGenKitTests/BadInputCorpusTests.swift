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

/// The bad-input corpus: each folder under Fixtures/bad-input is a small change to the base
/// site (files to overlay, and an optional `setup` script) with its expected diagnostics.
/// Every case must fail with exactly those diagnostics and leave a previous build untouched.
@Suite struct BadInputCorpusTests {
    static let corpus = Fixtures.root.appendingPathComponent("bad-input")
    static let cases = CorpusCase.names(in: corpus)

    @Test func corpusHasEnoughCases() {
        #expect(Self.cases.count >= 60, "the bad-input corpus should cover every diagnostic code")
    }

    @Test(arguments: cases)
    func badInput(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        try CorpusCase.withSite(of: folder) { site in
            let output = site.deletingLastPathComponent().appendingPathComponent("public")
            let previous = SiteBuilder(contentFolder: Fixtures.baseSite, today: Fixtures.today).build(into: output)
            #expect(!previous.hasErrors)
            let before = Fixtures.snapshot(output)

            let result = SiteBuilder(contentFolder: site, today: Fixtures.today).build(into: output)
            try CorpusCase.expectDiagnostics(result.diagnostics, of: folder, name: name)
            let failed = result.hasErrors
            #expect(failed, "\(name) must fail the build (exit 1)")
            #expect(Fixtures.snapshot(output) == before, "\(name) must leave the previous output untouched")
        }
    }
}

/// Builds one corpus case's content folder from the base site.
enum CorpusCase {
    /// The case folders of a corpus, sorted.
    static func names(in corpus: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { !$0.hasPrefix(".") }
            .sorted()
    }

    /// A case's expected.txt, without surrounding white space.
    static func expected(in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// Runs `body` on the case's content folder (the base site with the case laid over it) and
    /// deletes the folder afterwards.
    static func withSite<Result>(of folder: URL, _ body: (URL) throws -> Result) throws -> Result {
        let site = try prepare(folder)
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        return try body(site)
    }

    /// Compares diagnostics with the case's expected.txt, re-recording it first with
    /// BOARDGEN_RECORD=1; returns the rendered diagnostics.
    @discardableResult
    static func expectDiagnostics(
        _ diagnostics: [Diagnostic], of folder: URL, name: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> String {
        let actual = Fixtures.render(diagnostics)
        if Fixtures.isRecording {
            try (actual.isEmpty ? "" : actual + "\n")
                .write(to: folder.appendingPathComponent("expected.txt"), atomically: true, encoding: .utf8)
        }
        #expect(actual == (try expected(in: folder)), "diagnostics of \(name)", sourceLocation: sourceLocation)
        return actual
    }

    static func prepare(_ folder: URL) throws -> URL {
        let site = Fixtures.makeTemporaryFolder("corpus").appendingPathComponent("content")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.overlay(Fixtures.baseSite, onto: site)
        try Fixtures.overlay(folder, onto: site, skipping: ["expected.txt", "setup"])
        let setup = folder.appendingPathComponent("setup")
        if let script = try? String(contentsOf: setup, encoding: .utf8) {
            try run(script, in: site)
        }
        return site
    }

    /// `delete PATH`, `symlink PATH TARGET`, `repeat PATH BYTES TEXT`.
    private static func run(_ script: String, in site: URL) throws {
        let manager = FileManager.default
        for line in script.split(separator: "\n") where !line.hasPrefix("#") {
            let words = line.split(separator: " ", maxSplits: 3).map(String.init)
            let path = site.appendingPathComponent(words[1])
            switch words[0] {
            case "delete":
                try manager.removeItem(at: path)
            case "symlink":
                try? manager.removeItem(at: path)
                try manager.createSymbolicLink(atPath: path.path, withDestinationPath: words[2])
            case "repeat":
                let count = Int(words[2])!
                let unit = Data((words[3] + "\n").utf8)
                var data = Data(capacity: count + unit.count)
                while data.count < count { data.append(unit) }
                try data.write(to: path)
            default:
                Issue.record("unknown setup command '\(words[0])'")
            }
        }
    }
}
