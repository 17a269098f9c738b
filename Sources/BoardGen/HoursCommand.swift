import ArgumentParser
import ScheduleModel

/// `boardgen hours EXPR`: shows how boardgen reads an opening-hours notation.
struct HoursCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hours",
        abstract: "Show how boardgen reads an opening-hours notation."
    )

    @Argument(help: "The notation, e.g. \"пн-пт 9:00-18:00\".")
    var expression: String

    func run() throws {
        throw ExitCode(2)
    }
}
