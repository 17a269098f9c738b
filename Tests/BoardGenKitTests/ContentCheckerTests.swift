import Foundation
import Testing

@testable import BoardGenCheck
@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenModel

/// The content rules of issue 12 (BG412–BG415) where a corpus case cannot show them: content that
/// also fails the build, content that must not be flagged, and required items that must (not) count.
@Suite struct ContentCheckerTests {
    @Test func aTimetableWhoseEveryPersonIsMissingHasNoPeople() throws {
        let findings = try check([
            "timetables.yaml": """
            timetables:
              - id: consultations
                title: "График консультаций"
                people: [ivanova, petrov]
            """
        ])
        let codes = findings.map(\.code)
        #expect(codes.filter { $0 == DiagnosticCode.unknownReference.rawValue }.count == 2)
        let empty = try #require(findings.first { $0.code == DiagnosticCode.timetableWithoutPeople.rawValue })
        #expect(empty.message.contains("'ivanova', 'petrov'"))
        #expect(empty.location.file == "timetables.yaml" && empty.location.line == 4)
        #expect(empty.item == "timetable:consultations")
    }

    @Test func unpublishedOrListTimetablesAndGridsShowingEverySlotDayAreNotFlagged() throws {
        let findings = try check([
            "timetables.yaml": """
            timetables:
              - id: consultations
                title: "График консультаций"
                people: [tech]
                days: [пн, вт, ср]
              - id: later
                title: "График на второе полугодие"
                people: []
                published: false
              - id: topics
                title: "Темы консультаций"
                people: [tech]
                layout: list
                days: [пт]
            """
        ])
        #expect(findings.isEmpty, "\(findings.map(\.formatted))")
    }

    @Test func aRegulationWithoutApprovalIsBG409AndAnOrderlessBlockIsBG414() throws {
        let findings = try check([
            "regulations/help.md": """
            ---
            title: "Регламент оказания помощи"
            audiences: [staff, parents]
            approval:
              approved_by: { position: "Директор", name: "И. И. Иванов" }
            ---
            Текст.
            """,
            "regulations/other.md": """
            ---
            title: "Порядок записи"
            audiences: [parents]
            ---
            Текст.
            """,
        ])
        let codes: [DiagnosticCode] = [.approvalIncomplete, .approvalMissing]
        #expect(findings.map(\.code) == codes.map(\.rawValue))
        #expect(findings.first?.message.contains("lacks the order number and the order date") == true)
        #expect(findings.first?.message.contains("order: { number: \"…\", date: YYYY-MM-DD }") == true)
        #expect(findings.last?.location.file == "regulations/other.md")
    }

    @Test func approvalsAreNotRequiredWhenThePolicySaysSo() throws {
        let findings = try check([
            "policy.yaml": "approval: false\n",
            "regulations/help.md": """
            ---
            title: "Регламент оказания помощи"
            audiences: [staff, parents]
            approval:
              heading: "Утверждаю:"
            ---
            Текст.
            """,
        ])
        #expect(findings.isEmpty, "\(findings.map(\.formatted))")
    }

    @Test func hoursThatAreAStatusDoNotCountButRealHoursStillDo() throws {
        let base = SiteChecker(contentFolder: Fixtures.baseSite, today: Fixtures.today).requirements().map(\.item.mark)
        #expect(base.contains("hours:school-desk:intake") && base.contains("hours:school-desk:processing"))

        let items = try withSite([
            "desks.yaml": """
            desks:
              - id: school-desk
                name: "Школьная служба помощи"
                channels: [school-phone, school-email]
                intake: "круглосуточно"
                processing: "не определено"
            """
        ]) { SiteChecker(contentFolder: $0, today: Fixtures.today).requirements().map(\.item.mark) }
        #expect(items.contains("hours:school-desk:intake"), "real hours must stay required")
        #expect(!items.contains("hours:school-desk:processing"), "\"не определено\" is not published hours")
    }
}

private extension ContentCheckerTests {
    /// The findings of `check` on the base site with `files` laid over it.
    func check(_ files: [String: String]) throws -> [Diagnostic] {
        try withSite(files) { SiteChecker(contentFolder: $0, today: Fixtures.today).check().diagnostics }
    }

    func withSite<Result>(_ files: [String: String], _ body: (URL) throws -> Result) throws -> Result {
        let site = Fixtures.makeTemporaryFolder("content-rules").appendingPathComponent("content")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.overlay(Fixtures.baseSite, onto: site)
        for (path, text) in files {
            try (text + "\n").write(to: site.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        return try body(site)
    }
}
