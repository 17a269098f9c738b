import ArgumentParser
import Foundation
import ScheduleModel

/// `boardgen hours EXPR`: shows how boardgen reads a schedule notation: opening hours, days without
/// times ("по рабочим дням") or fixed times ("по вторникам в 15:00").
///
/// Prints the canonical opening_hours form and the human form (on the school's clock, --tz, when the
/// notation states another zone such as "по московскому времени"); with `--at`, "open"/"closed"
/// (открыто/закрыто) for that instant and the next change, or the next event. A bad expression prints
/// `<expr>:1:COLUMN: error: [CODE] message` and exits 1; a bad --lang, --at or --tz prints
/// `error: …` and exits 2. The lines themselves come from `ScheduleModel.HoursReport`.
struct HoursCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hours",
        abstract: "Show how boardgen reads an opening-hours notation or fixed times."
    )

    @Argument(help: "The notation, e.g. \"пн-пт 9:00-18:00\".")
    var expression: String

    @Option(help: "Language of the human form: ru or en.")
    var lang: String = "ru"

    @Option(help: "An instant, e.g. 2026-11-23T15:00 (local to --tz) or 2026-11-23T12:00Z.")
    var at: String?

    @Option(help: "IANA time zone of the school; times stated in another zone (МСК+2) are shown in both.")
    var tz: String = SchoolCalendar.defaultTimeZoneIdentifier

    /// Checks the options (exit 2), reads the notation (exit 1) and prints the report.
    func run() throws {
        let language = try parsedLanguage()
        let zone = try parsedTimeZone()
        let instant = try parsedInstant(in: zone)
        var warnings: [ScheduleDiagnostic] = []
        switch ScheduleNotation.parse(expression, warnings: &warnings) {
        case let .success(notation):
            warnings.forEach { Self.printError($0.render(source: expression)) }
            let calendar = SchoolCalendar(timeZone: zone)
            let report = HoursReport.make(notation, at: instant, now: Date(), calendar: calendar, language: language)
            report.lines.forEach { print($0) }
        case let .failure(failure):
            failure.diagnostics.forEach { Self.printError($0.render(source: expression)) }
            throw ExitCode(1)
        }
    }
}

private extension HoursCommand {
    func parsedLanguage() throws -> ScheduleLanguage {
        guard let language = ScheduleLanguage(rawValue: lang) else { throw Self.usageError(Self.unknownLanguage(lang)) }
        return language
    }

    func parsedTimeZone() throws -> TimeZone {
        guard let zone = TimeZone(identifier: tz) else { throw Self.usageError(Self.unknownTimeZone(tz)) }
        return zone
    }

    /// The `--at` instant in `zone`, or `nil` when none was given.
    func parsedInstant(in zone: TimeZone) throws -> Date? {
        guard let at else { return nil }
        guard let instant = ISODateTime.parse(at, in: zone) else { throw Self.usageError(Self.invalidInstant(at)) }
        return instant
    }

    /// Prints `error: message` and returns exit code 2 to throw.
    static func usageError(_ message: String) -> ExitCode {
        printError("error: \(message)")
        return ExitCode(2)
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func unknownLanguage(_ value: String) -> String {
        "unknown --lang '\(value)': expected ru or en"
    }

    static func unknownTimeZone(_ value: String) -> String {
        "unknown time zone '\(value)': expected an IANA name such as Europe/Moscow"
    }

    static func invalidInstant(_ value: String) -> String {
        "invalid --at '\(value)': expected an ISO date-time such as 2026-11-23T15:00"
    }
}
