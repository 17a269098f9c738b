import BoardGenHTML
import Foundation
import Testing

@testable import BoardGenKit
@testable import BoardGenModel

/// A document's own notices on the board: a summary quotes the rules the document marks and
/// opens the document's page; a памятка printed in full continues over numbered sheets.
@Suite struct BoardDocumentNoticeTests {
    @Test func rulesAreFoundAsTheDocumentNumbersThem() {
        let body = """
            1. Общие положения

            1.1. Первое правило
            продолжение абзаца.

            ```contacts staff
            2. not a rule inside a fence
            ```

            1.2) Второе правило

            2026 год — не пункт.

            ## 2. Раздел

            2.1 Без точки после составного номера.
            """
        let rules = NumberedRule.rules(in: body)
        #expect(rules.map(\.number) == ["1", "1.1", "1.2", "2", "2.1"])
        let first = rules.first { $0.number == "1.1" }
        #expect(first?.markdown.hasPrefix("1.1. Первое правило\nпродолжение абзаца.") == true)
        #expect(first?.markdown.contains("2. not a rule inside a fence") == true)
        #expect(first?.markdown.contains("1.2)") == false)
        #expect(rules.first { $0.number == "1" }?.markdown.contains("1.2) Второе правило") == true)
        #expect(rules.first { $0.number == "1.2" }?.markdown.hasSuffix("2026 год — не пункт.") == true)
        #expect(NumberedRule.pieces(of: body).joined(separator: "\n\n") == body)
    }

    @Test func aSummaryQuotesTheMarkedRulesAndOpensTheDocumentsPage() throws {
        let output = Fixtures.makeTemporaryFolder("summary").appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let content = Fixtures.repository.appendingPathComponent("content")
        let result = SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output)
        #expect(!result.hasErrors)
        let text = try visibleText(output.appendingPathComponent("board/help-rules.html"))
        #expect(text.contains("Главное из регламента"))
        #expect(text.contains("1.2. График консультаций и контактные данные для обращений размещаются"))
        #expect(text.contains("10.1. Общение пользователей и специалистов"))
        #expect(!text.contains("1.1. Настоящий регламент"), "only the marked rules")
        #expect(text.contains("ezh-help@school27.example.ru"), "the chosen contacts")
        #expect(text.contains("Полный текст регламента — на сайте школы: https://school27.example.ru/help/regulations/pomosch-ezh.html"))
    }

    @Test func aMemoPrintedInFullContinuesOverNumberedSheetsInItsOrder() throws {
        let folder = Fixtures.root.appendingPathComponent("accepted/memo-printed-in-full")
        try CorpusCase.withSite(of: folder) { site in
            let output = site.deletingLastPathComponent().appendingPathComponent("public")
            let result = SiteBuilder(contentFolder: site, today: Fixtures.today).build(into: output)
            #expect(!result.hasErrors)
            let sheets = result.notices.filter { $0.id.hasPrefix("regulation-pamyatka") }
            #expect(sheets.count >= 2)
            var printed = ""
            for (index, sheet) in sheets.enumerated() {
                #expect(sheet.title.hasSuffix("(лист \(index + 1) из \(sheets.count))"))
                #expect(sheet.url.hasSuffix("regulations/pamyatka.html"))
                printed += try visibleText(output.appendingPathComponent("board/\(sheet.id).html")) + " "
            }
            // Every point, whole and once, in the document's order.
            let body = try String(contentsOf: site.appendingPathComponent("regulations/pamyatka.md"), encoding: .utf8)
            let points = NumberedRule.rules(in: String(body.split(separator: "---\n", maxSplits: 2).last ?? ""))
            #expect(points.count == 12)
            var cursor = printed.startIndex
            for point in points {
                let opening = String(point.markdown.dropFirst(point.number.count + 2).prefix(40))
                let found = try #require(printed.range(of: opening, range: cursor..<printed.endIndex), "\(opening)")
                cursor = found.upperBound
                #expect(printed.components(separatedBy: opening).count == 2, "printed once: \(opening)")
            }
        }
    }
}

private extension BoardDocumentNoticeTests {
    func visibleText(_ page: URL) throws -> String {
        HTMLDocument.parse(try String(contentsOf: page, encoding: .utf8)).visibleText.collapsingWhiteSpace
    }
}
