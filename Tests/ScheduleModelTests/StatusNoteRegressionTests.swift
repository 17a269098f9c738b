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
