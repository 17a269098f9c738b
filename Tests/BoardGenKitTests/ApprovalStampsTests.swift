import Foundation
import Testing

@testable import BoardGenKit

/// Approval blocks exactly as the document prints them: every party's own words, in its order and
/// columns, a registration number and an electronic-signature stamp; boardgen adds no word.
@Suite struct ApprovalStampsTests {
    static let stamped = """
        ---
        title: "Положение о ведении электронного журнала"
        audiences: [staff, parents]
        approval:
          approved_by: { position: "Директор", name: "И. И. Иванов" }
          order: { number: "663", date: 2026-08-31 }
          stamps:
            - side: left
              lines: ["ПРИНЯТО", "решением педагогического совета", "(протокол от 28.08.2026 № 1)"]
            - side: left
              lines: ["УЧТЕНО МНЕНИЕ", "Совета родителей", "(протокол от 27.08.2026 № 2)"]
            - side: right
              lines: ["УТВЕРЖДЕНО", "приказом МБОУ «СОШ № 27»", "от 31.08.2026 № 663", "Директор И. И. Иванов"]
            - side: right
              lines: ["Рег. № ___"]
            - side: full
              kind: signature
              lines: ["ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ", "Сертификат: 01A2B3C4D5E6F7", "Владелец: Иванов Иван Иванович", "Действителен с 01.02.2026 по 01.05.2027"]
        uses:
          contacts: [school-phone]
        ---
        1. Звоните по телефону [[contact school-phone]].
        """

    @Test func stampsArePrintedAsWrittenInTheirOrderAndColumns() throws {
        let folder = Fixtures.makeTemporaryFolder("stamps")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.overlay(Fixtures.baseSite, onto: site)
        try Self.stamped.write(
            to: site.appendingPathComponent("regulations/help.md"), atomically: true, encoding: .utf8)
        let result = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
        #expect(!result.hasErrors, "\(Fixtures.render(result.diagnostics))")
        let page = try #require(result.files.first { $0.path == "regulations/help.html" }).text
        let approval = try #require(page.range(of: "<div class=\"approval\"").map { String(page[$0.lowerBound...]) })
        let block = String(approval.prefix { $0 != "\u{0}" }.components(separatedBy: "</div>\n</div>").first ?? "")
        let expected = [
            "<div class=\"stamp stamp-left\"><p>ПРИНЯТО</p><p>решением педагогического совета</p>",
            "<div class=\"stamp stamp-left\"><p>УЧТЕНО МНЕНИЕ</p>",
            "<div class=\"stamp stamp-right\"><p>УТВЕРЖДЕНО</p><p>приказом МБОУ «СОШ № 27»</p><p>от 31.08.2026 № 663</p>",
            "<div class=\"stamp stamp-right\"><p>Рег. № ___</p>",
            "<div class=\"stamp stamp-full stamp-signature\"><p>ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ</p>",
        ].map { $0.replacingOccurrences(of: "«", with: "&laquo;").replacingOccurrences(of: "»", with: "&raquo;") }
        var position = block.startIndex
        for fragment in expected {
            let plain = fragment.replacingOccurrences(of: "&laquo;", with: "«").replacingOccurrences(
                of: "&raquo;", with: "»")
            let found =
                block.range(of: plain, range: position..<block.endIndex)
                ?? block.range(of: fragment, range: position..<block.endIndex)
            #expect(found != nil, "missing or out of order: \(plain)")
            if let found { position = found.upperBound }
        }
        for added in ["Утверждено приказом", "Принято с учётом мнения", "№ №"] {
            #expect(!block.contains(added), "boardgen added '\(added)'")
        }
        let checked = SiteChecker(contentFolder: site, today: Fixtures.today).check()
        #expect(!checked.hasErrors && !checked.hasWarnings, "\(Fixtures.render(checked.diagnostics))")
        let notice = try #require(result.files.first { $0.path == "board/contacts-parents.html" }).text
        #expect(notice.contains("УТВЕРЖДЕНО приказом МБОУ"), "the notice quotes the approval stamp as written")
    }
}
