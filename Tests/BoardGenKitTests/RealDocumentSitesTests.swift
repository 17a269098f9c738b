import Foundation
import Testing

@testable import BoardGenDiagnostics
@testable import BoardGenHTML
@testable import BoardGenKit

/// Issue 13, "Done when": three real documents that are not in the corpus, authored from empty
/// folders by following docs/content.md only (Fixtures/real-documents, with their sources), build
/// and pass `check`, and publish their approval blocks, contacts and hours without a word changed:
/// each line of a site's `verbatim.txt` is the whole visible text of one element of a website page
/// (`site:`) or of a board notice (`board:`).
@Suite struct RealDocumentSitesTests {
    static let folder = Fixtures.root.appendingPathComponent("real-documents")
    static let sites = CorpusCase.names(in: folder).filter { !$0.hasSuffix(".md") }

    @Test func threeDocumentsAreKept() {
        #expect(Self.sites.count >= 3, "\(Self.sites)")
        for site in Self.sites {
            let source = Self.folder.appendingPathComponent("\(site)/SOURCE.md")
            let text = (try? String(contentsOf: source, encoding: .utf8)) ?? ""
            #expect(text.contains("Source: <http"), "\(site) must record its source address in SOURCE.md")
        }
    }

    @Test(arguments: sites)
    func buildsChecksAndPublishesTheDocumentsWordsExactly(_ name: String) throws {
        let site = Self.folder.appendingPathComponent(name)
        let result = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
        try CorpusCase.expectDiagnostics(result.diagnostics, of: site, name: name)
        #expect(!result.hasErrors, "\(name) must build")
        let check = SiteChecker(contentFolder: site, today: Fixtures.today).check()
        #expect(!check.hasErrors, "\(name) must pass check:\n\(Fixtures.render(check.diagnostics))")

        var shown: [String: Set<String>] = ["site": [], "board": []]
        for file in result.files where file.path.hasSuffix(".html") {
            let place = file.path.hasPrefix("board/") ? "board" : "site"
            shown[place, default: []].formUnion(Self.elementTexts(file.text))
        }
        let expected = try Self.verbatimLines(of: site)
        #expect(!expected.isEmpty, "\(name)/verbatim.txt lists nothing")
        for (place, line) in expected {
            #expect(shown[place]?.contains(line) == true, "\(name): '\(line)' is not the text of any \(place) element")
        }
    }

    /// The visible text of every element of a page, white space collapsed as a reader sees it.
    static func elementTexts(_ html: String) -> Set<String> {
        var texts: Set<String> = []
        HTMLDocument.parse(html).visibleDescendants { element, _ in texts.insert(element.visibleText) }
        return texts
    }

    /// `(place, text)` for each `site: …` / `board: …` line of the site's verbatim.txt.
    static func verbatimLines(of site: URL) throws -> [(String, String)] {
        let text = try String(contentsOf: site.appendingPathComponent("verbatim.txt"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> (String, String)? in
            guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { return nil }
            let place = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return ["site", "board"].contains(place) ? (place, value.collapsingWhiteSpace) : nil
        }
    }
}
