import Testing

@testable import ScheduleModel

@Suite("Refusals carry a code and the column of the fault")
struct RefusalTests {
    @Test(
        "Refusals",
        arguments: [
            ("пнд2 14:00-15:00", ScheduleCode.unexpectedText, 6),
            ("Пнедельник 14:00-15:00", .unknownDay, 1),
            ("пн, xyz 14:00-15:00", .unknownDay, 5),
            ("пн 25:00-26:00", .invalidTime, 4),
            ("пн 14:60-15:00", .invalidTime, 4),
            ("пн 14:00-24:30", .invalidTime, 10),
            ("пн 18:00-09:00", .endBeforeStart, 4),
            ("пн 14:00-14:00", .emptyNotation, 4),
            ("", .emptyNotation, 1),
            ("   ", .emptyNotation, 1),
            ("пн-пт", .emptyNotation, 1),
            ("с 9 до 6", .ambiguous, 1),
            ("п 10:00-11:00", .ambiguous, 1),
            ("пн 9:00-12:00; пн 14:00-15:00", .ambiguous, 16),
            ("пн 9:00-13:00, 12:00-18:00", .overlappingRanges, 1),
            ("пн 9:00-10:00 привет", .unexpectedText, 15),
            ("пн 9:00 10:00", .unexpectedText, 9),
            ("пн 9:00-10:00, кроме обеда", .unexpectedText, 22),
        ])
    func refusal(text: String, code: ScheduleCode, column: Int) throws {
        let failure = try #require(Fixture.failure(text), "\(text) should be refused")
        let first = try #require(failure.diagnostics.first)
        #expect(first.code == code, "\(text): \(first)")
        #expect(first.column == column, "\(text): \(first)")
        #expect(first.severity == .error)
        #expect(!first.message.isEmpty)
    }

    @Test("Messages quote the offending text")
    func messagesQuote() throws {
        let failure = try #require(Fixture.failure("пн 25:00-26:00"))
        #expect(failure.diagnostics[0].message.contains("25:00"))
        #expect(failure.diagnostics[0].length == 5)
        let ambiguous = try #require(Fixture.failure("с 9 до 6"))
        #expect(ambiguous.diagnostics[0].message.contains("18:00"))
    }

    @Test("Columns count Characters, not bytes or UTF-16 units")
    func columnsAreCharacters() throws {
        let failure = try #require(Fixture.failure("Среда 14:00-14:60"))
        #expect(failure.diagnostics[0].column == 13)
    }
}
