import Foundation

/// The whole behaviour of `boardgen hours`, without I/O: arguments in, lines and an exit code out.
public struct HoursRequest: Hashable, Sendable {
    /// The notation to read.
    public var expression: String
    /// "ru" or "en".
    public var language: String
    /// An ISO date-time, local to `timeZone` unless it has an offset.
    public var instant: String?
    /// An IANA zone name.
    public var timeZone: String

    /// Creates a request; defaults are Russian and Europe/Moscow.
    public init(expression: String, language: String = "ru", instant: String? = nil,
                timeZone: String = SchoolCalendar.defaultTimeZoneIdentifier) {
        self.expression = expression
        self.language = language
        self.instant = instant
        self.timeZone = timeZone
    }

    /// What to print and how to exit.
    public struct Output: Hashable, Sendable {
        /// Lines for standard output.
        public var standardOutput: [String]
        /// Lines for standard error.
        public var standardError: [String]
        /// 0 success, 1 bad expression, 2 usage error.
        public var exitCode: Int32
    }

    /// Runs the request with the Russian production calendar in the requested zone.
    public func run() -> Output {
        guard let language = ScheduleLanguage(rawValue: language) else {
            return usage("unknown --lang '\(self.language)': expected ru or en")
        }
        guard let zone = TimeZone(identifier: timeZone) else {
            return usage("unknown time zone '\(timeZone)': expected an IANA name such as Europe/Moscow")
        }
        var at: Date?
        if let instant {
            guard let parsed = ISODateTime.parse(instant, in: zone) else {
                return usage("invalid --at '\(instant)': expected an ISO date-time such as 2026-11-23T15:00")
            }
            at = parsed
        }
        switch OpeningHours.parse(expression) {
        case let .success(hours):
            let report = HoursReport.make(hours, at: at, calendar: SchoolCalendar(timeZone: zone), language: language)
            return Output(standardOutput: report.lines, standardError: [], exitCode: 0)
        case let .failure(failure):
            return Output(standardOutput: [], standardError: failure.diagnostics.map { $0.render(source: expression) },
                          exitCode: 1)
        }
    }
}

private extension HoursRequest {
    func usage(_ message: String) -> Output {
        Output(standardOutput: [], standardError: ["error: \(message)"], exitCode: 2)
    }
}
