import ArgumentParser

/// The `boardgen` command: publishes a school's help regulations as a website,
/// printable notice-board pages, and checks that what was promised was published.
@main
struct BoardGenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boardgen",
        abstract: "Publish a school's help regulations: website, notice board, validator.",
        subcommands: [BuildCommand.self, CheckCommand.self, BoardCommand.self, HoursCommand.self]
    )
}
