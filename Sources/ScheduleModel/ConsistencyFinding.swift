/// A problem found across timetables (not tied to a column of text).
public struct ConsistencyFinding: Hashable, Sendable, CustomStringConvertible {
    /// BG207 room double-booked, BG208 person booked twice, BG209 outside validity,
    /// BG210 expired, BG211 expires soon, BG215 no production-calendar data for a year.
    public var code: ScheduleCode
    /// Error or warning.
    public var severity: ScheduleDiagnostic.Severity
    /// An English message naming the timetables, days and times involved.
    public var message: String
    /// The ids of the timetables involved.
    public var timetableIDs: [String]

    /// Creates a finding; the severity defaults to the code's `defaultSeverity`.
    public init(
        code: ScheduleCode, severity: ScheduleDiagnostic.Severity? = nil, message: String,
        timetableIDs: [String]
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.timetableIDs = timetableIDs
    }

    /// "warning: [BG211] ...".
    public var description: String { "\(severity.rawValue): [\(code.rawValue)] \(message)" }
}
