import ArgumentParser
import Foundation

/// The `boardgen` command: publishes a school's help regulations as a website,
/// printable notice-board pages, and checks that what was promised was published.
@main
struct BoardGenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boardgen",
        abstract: "Publish a school's help regulations: website, notice board, validator.",
        subcommands: [
            InitCommand.self, BuildCommand.self, ServeCommand.self, CheckCommand.self, BoardCommand.self,
            HoursCommand.self, ExplainCommand.self, ImportCommand.self,
        ]
    )

    /// Exit codes: 0 success, 1 content errors or failed checks, 2 usage errors
    /// (argument-parser's own usage errors would otherwise exit 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 || code.rawValue == 2 {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }

    /// Ends the process with `code` while `values` are still alive, after flushing standard output.
    /// Freeing a 10,000-page site's model one object at a time took a tenth of a rebuild that
    /// changed one page; the system takes the process's memory back at once.
    static func exitWithoutTeardown(_ code: Int32, keeping values: Any) -> Never {
        fflush(nil)  // every C output stream: print() writes to stdout through one
        withExtendedLifetime(values) { Foundation.exit(code) }
    }
}
