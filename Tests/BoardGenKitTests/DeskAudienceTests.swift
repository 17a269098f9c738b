import Foundation
import Testing

@testable import BoardGenKit

/// Desks serve audiences: a regional outage desk for organisations must not appear on the
/// parents' card.
@Suite struct DeskAudienceTests {
    @Test func aDeskForStaffIsNotOnTheParentsCard() throws {
        let content = Fixtures.makeTemporaryFolder("desk-audience").appendingPathComponent("content")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Fixtures.overlay(Fixtures.baseSite, onto: content)
        let desks = content.appendingPathComponent("desks.yaml")
        var text = try String(contentsOf: desks, encoding: .utf8)
        text += """
              - id: regional-outage
                name: "Региональная служба по сбоям (для образовательных организаций)"
                audiences: [staff]
                channels: [school-phone]
                intake: "круглосуточно"
                processing: "пн-пт 9:00-18:00"

            """
        try text.write(to: desks, atomically: true, encoding: .utf8)
        let result = SiteBuilder(contentFolder: content, today: Fixtures.today).render()
        #expect(!result.hasErrors, "\(Fixtures.render(result.diagnostics))")
        let home = try #require(result.files.first { $0.path == "index.html" }).text
        let parents = try #require(home.range(of: "data-audience=\"parents\"").map { String(home[$0.lowerBound...]) })
        let parentsCard = String(parents.prefix(while: { _ in true }).components(separatedBy: "</section>")[0])
        let staff = try #require(home.range(of: "data-audience=\"staff\"").map { String(home[$0.lowerBound...]) })
        let staffCard = staff.components(separatedBy: "</section>")[0]
        #expect(!parentsCard.contains("Региональная служба"), "the staff-only desk is on the parents' card")
        #expect(staffCard.contains("Региональная служба"), "the staff card must list the desk")
        let support = try #require(result.files.first { $0.path == "support.html" }).text
        #expect(support.contains("Региональная служба"))
    }
}
