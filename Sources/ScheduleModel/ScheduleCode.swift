/// Every diagnostic code ScheduleModel raises, each declared once.
///
/// The raw value is the stable code printed in brackets (`[BG202]`) and documented in
/// docs/schedule-model.md; the severity and the texts for `boardgen explain` live in
/// `ScheduleCode+Explanation.swift`. Parse diagnostics (`ScheduleDiagnostic`) use BG201–BG206,
/// BG212, BG214, BG216 and the warning BG217; consistency findings (`ConsistencyFinding`) use BG207–BG211 and BG215.
/// BG213 (invalid date) belongs to the content loader, not to this library.
public enum ScheduleCode: String, CaseIterable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// BG201: a word where a day name was expected is not a day name.
    case unknownDay = "BG201"
    /// BG202: a time of day that does not exist (25:00, 14:60, 24:30, 13pm).
    case invalidTime = "BG202"
    /// BG203: a range whose end is before its start, without a stated overnight.
    case endBeforeStart = "BG203"
    /// BG204: nothing to read: an empty text, days without times, a range that starts where it ends.
    case emptyNotation = "BG204"
    /// BG205: text with more than one plausible reading.
    case ambiguous = "BG205"
    /// BG206: time ranges of one day that overlap (or an overnight range running into the next day).
    case overlappingRanges = "BG206"
    /// BG207: two people's slots use the same room at the same time.
    case roomDoubleBooked = "BG207"
    /// BG208: one person has two slots at the same time.
    case personDoubleBooked = "BG208"
    /// BG209: an exception dated outside its timetable's validity, or a validity outside the school year.
    case outsideValidity = "BG209"
    /// BG210: a timetable whose validity ended before today.
    case expired = "BG210"
    /// BG211: a timetable whose validity ends within the warning period.
    case expiresSoon = "BG211"
    /// BG212: text the notation does not allow at that place.
    case unexpectedText = "BG212"
    /// BG214: a deadline rule that cannot be read.
    case badDeadline = "BG214"
    /// BG215: a year of the school year that the production calendar has no data for.
    case missingCalendarData = "BG215"
    /// BG216: a fixed time ("в 15:00", "пн 14:00") where opening hours, which need ranges, are expected.
    case fixedTimeNotRange = "BG216"
    /// BG217 (warning): times with no days at all ("с 8 до 17"), read as every day.
    case daysNotStated = "BG217"

    /// The code itself, "BG202", so that string interpolation never prints the case name.
    public var description: String { rawValue }
}
