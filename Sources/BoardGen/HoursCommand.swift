import ArgumentParser
import Foundation
import ScheduleModel

/// `boardgen hours EXPR`: shows how boardgen reads an opening-hours notation.
///
/// Prints the canonical opening_hours form and the human form; with `--at`, "open"/"closed"
/// (открыто/закрыто) for that instant and the next change. A bad expression prints
/// `<expr>:1:COLUMN: error: [CODE] message` and exits 1; a bad --lang, --at or --tz exits 2.
/// All behaviour lives in `ScheduleModel.HoursRequest`; this type only prints.
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
        let output = HoursRequest(expression: expression, language: lang, instant: at, timeZone: tz).run()
        output.standardOutput.forEach { print($0) }
        for line in output.standardError {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if output.exitCode != 0 { throw ExitCode(output.exitCode) }
    }
}
