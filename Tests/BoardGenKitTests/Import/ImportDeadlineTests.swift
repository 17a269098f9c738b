import Foundation
import Testing

@testable import BoardGenImport

/// Deadline phrases in a school's document: a rule for each reporting period is drafted; any other
/// (counted from the end of the school year, a month) is named in a "проверьте" note, never dropped
/// in silence or turned into one date per term (the 2026-12-03 survey of real regulations).
@Suite struct ImportDeadlineTests {
    @Test func aDeadlineThatIsNotPerTermIsNamedNotDrafted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-deadline-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("polozhenie.md")
        try """
        # Положение о ведении электронного журнала

        1. Итоговые отметки выставляются за 5 дней до окончания учебного года.

        2. Отметки за четверть выставляются не позднее, чем за 2 дня до окончания четверти.
        """.write(to: document, atomically: true, encoding: .utf8)
        guard case let .success(result) = DocumentImporter(schoolYearStart: 2026).draft([document.path]) else {
            Issue.record("the document must import")
            return
        }
        let regulation = try #require(result.files.first { $0.key.hasPrefix("regulations/") }?.value)
        #expect(regulation.contains("before_end: { amount: 2, unit: days }"))
        #expect(!regulation.contains("amount: 5"), "\(regulation)")
        #expect(regulation.contains("срок «за 5 дней до окончания учебного года» не перенесён"), "\(regulation)")
    }
}
