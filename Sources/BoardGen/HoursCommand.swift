import ArgumentParser
import Foundation
import ScheduleModel

/// `boardgen hours EXPR`: shows how boardgen reads an opening-hours notation.
///
/// Prints the canonical opening_hours form and the human form; with `--at`, "open"/"closed"
/// (открыто/закрыто) for that instant and the next change. A bad expression prints
/// `<expr>:1:COLUMN: error: [CODE] message` and exits 1; usage errors exit 2.
struct HoursCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hours",
        abstract: "Show how boardgen reads an opening-hours notation."
    )

    @Argument(help: "The notation, e.g. \"пн-пт 9:00-18:00\".")
    var expression: String

    @Option(help: "Language of the human form: ru or en.")
    var lang: String = "ru"

    @Option(help: "An instant, e.g. 2026-11-23T15:00 (local to --tz) or 2026-11-23T12:00Z.")
    var at: String?

    @Option(help: "IANA time zone of the school.")
    var tz: String = SchoolCalendar.defaultTimeZoneIdentifier

    func run() throws {
        guard let language = ScheduleLanguage(rawValue: lang) else { throw usage("unknown --lang '\(lang)': expected ru or en") }
        guard let zone = TimeZone(identifier: tz) else { throw usage("unknown time zone '\(tz)': expected an IANA name such as Europe/Moscow") }
        let instant = try at.map { text in
            guard let date = ISODateTime.parse(text, in: zone) else {
                throw usage("invalid --at '\(text)': expected an ISO date-time such as 2026-11-23T15:00")
            }
            return date
        }
        switch OpeningHours.parse(expression) {
        case let .success(hours):
            let report = HoursReport.make(hours, at: instant, calendar: SchoolCalendar(timeZone: zone), language: language)
            report.lines.forEach { print($0) }
        case let .failure(failure):
            failure.diagnostics.forEach { printError($0.render(source: expression)) }
            throw ExitCode(1)
        }
    }

    private func usage(_ message: String) -> ExitCode {
        printError("error: \(message)")
        return ExitCode(2)
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
