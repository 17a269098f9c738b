import Testing

@testable import ScheduleModel

/// Found by the strict FuzzSchedule run (Fuzz/crashes/FuzzSchedule/strict-roundtrip-empty-note):
/// an empty quoted note must read back as no note, so that parse(format(x)) == x.
@Test(arguments: ["by appointment\"\"", "unknown \"\"", "по записи \"\"", "уточняется «»"])
func emptyStatusNoteIsNoNote(_ text: String) throws {
    let hours = try OpeningHours.parse(text).get()
    #expect(hours.note == nil)
    #expect(try OpeningHours.parse(hours.format(.ru)).get() == hours)
    #expect(try OpeningHours.parse(hours.format(.en)).get() == hours)
}

/// Found in review: "включая"/"including" as the last word (nothing after it) crashed the parser
/// by reading past the end of the text; it must be one BG212 at the word instead.
@Test(arguments: ["пн-пт 9-18, включая", "включая", "including", "пн 10:00-12:00 including"])
func trailingIncludingIsRefusedNotACrash(_ text: String) throws {
    guard case .failure(let failure) = OpeningHours.parse(text) else {
        Issue.record("\(text) must be refused")
        return
    }
    #expect(failure.diagnostics.contains { $0.code == .unexpectedText })
    #expect(failure.diagnostics.allSatisfy { $0.column <= text.count })
}
