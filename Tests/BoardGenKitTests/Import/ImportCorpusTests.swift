import Foundation
import Testing
import Yams

@testable import BoardGenImport
@testable import BoardGenKit

/// Ten further real documents (Fixtures/import/corpus): each is a small document written in our own
/// words around the forms one public school document uses (its approval block, phones, e-mails,
/// addresses, response times; the source address is in its .expected.yaml, the forms are those of
/// Fixtures/corpus). They come as .txt, .md, .html, and .docx / .odt made here by pandoc. Every draft
/// must build, and its facts must match the expected ones (recall and precision ≥ 95 % per kind).
@Suite(.serialized) struct ImportCorpusTests {
    static let folder = Fixtures.root.appendingPathComponent("import/corpus")
    static var documents: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasSuffix(".expected.yaml") && !$0.hasPrefix(".") }.sorted()
    }

    @Test func tenDocuments() {
        #expect(Self.documents.count >= 10)
    }

    @Test(arguments: documents)
    func documentReproducesItsFacts(_ name: String) throws {
        let work = Fixtures.makeTemporaryFolder("import-corpus")
        defer { try? FileManager.default.removeItem(at: work) }
        let base = (name as NSString).deletingPathExtension
        let expectedText = try String(
            contentsOf: Self.folder.appendingPathComponent("\(base).expected.yaml"), encoding: .utf8)
        let expected = try #require(try Yams.load(yaml: expectedText) as? [String: Any])
        var path = Self.folder.appendingPathComponent(name).path
        if let format = expected["convert"] as? String {
            path = try Self.convert(path, to: format, in: work)
        }
        let files = try ImportSeedsTests().draft(path)
        let found = try SiteFactSet(files: files)
        for kind in SiteFactSet.Kind.allCases {
            guard let wanted = expected[kind.rawValue] as? [Any] else { continue }
            let truth = wanted.map { "\($0)" }
            var actual = found.facts[kind] ?? []
            if kind == .approval {
                let prefixes = Set(truth.map { String($0.prefix { $0 != "=" }) })
                actual = actual.filter { fact in prefixes.contains(String(fact.prefix { $0 != "=" })) }
            }
            var remaining = actual
            let matched = truth.filter { fact in
                guard let index = remaining.firstIndex(of: fact) else { return false }
                remaining.remove(at: index)
                return true
            }.count
            let recall = Double(matched) / Double(max(truth.count, 1))
            let precision = actual.isEmpty ? 0 : Double(matched) / Double(actual.count)
            #expect(recall >= 0.95 && precision >= 0.95, "\(name) \(kind): expected \(truth), found \(actual)")
        }
        let regulations = files.filter { $0.key.hasPrefix("regulations/") }.values
        if let footnotes = expected["footnotes"] as? Int {
            let found = regulations.map { $0.components(separatedBy: "\n  - { mark: ").count - 1 }.reduce(0, +)
            #expect(found == footnotes, "\(name): footnotes")
        }
        if let tables = expected["tables"] as? Int {
            let found = regulations.map { $0.matches(of: /\n\|(?:---\|)+\n/).count }.reduce(0, +)
            #expect(found == tables, "\(name): GFM tables")
        }
        try ImportSeedsTests().expectBuilds(files, name: base, in: work)
    }
}

extension ImportCorpusTests {
    /// The Markdown document as .docx or .odt, made by pandoc.
    static func convert(_ path: String, to format: String, in folder: URL) throws -> String {
        let output = folder.appendingPathComponent(
            ((path as NSString).lastPathComponent as NSString).deletingPathExtension + "." + format
        ).path
        let result = try ExternalTool.run(
            "/usr/bin/env", ["pandoc", "--from", "markdown", "--to", format, "-o", output, path], in: folder)
        #expect(result.status == 0, "pandoc: \(result.stderr)")
        return output
    }
}
