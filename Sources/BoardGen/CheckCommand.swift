import ArgumentParser
import BoardGenKit
import Foundation

/// `boardgen check`: validates that what the regulations promise was published.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that every required contact and timetable is published on the website and the board.",
        discussion: "Builds the site in memory, or reads an existing --output folder with --existing, and judges the generated HTML."
    )

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Check the pages already in --output instead of a fresh build.")
    var existing = false

    @Option(name: .long, help: "Output format: human, json or github.")
    var format: String = "human"

    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    func validate() throws {
        guard CheckReportFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be human, json or github")
        }
        if existing && !FileManager.default.fileExists(atPath: site.output) {
            throw ValidationError("--existing: output folder '\(site.output)' does not exist")
        }
    }

    func run() throws {
        let checker = SiteChecker(contentFolder: site.contentURL, today: site.todayDate)
        let result = checker.check(existingOutput: existing ? site.outputURL : nil)
        let format = CheckReportFormat(rawValue: format)!
        let text = format.render(result, strict: strict) { DiagnosticPrinter.displayPath($0, contentPath: site.content) }
        if format == .human {
            if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            print("check: \(DiagnosticPrinter.summary(result.diagnostics)); \(result.rows.count) required items")
        } else if !text.isEmpty {
            print(text)
        }
        if result.hasErrors || (strict && result.hasWarnings) { throw ExitCode(1) }
    }
}
