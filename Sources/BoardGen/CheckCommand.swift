import ArgumentParser
import BoardGenKit
import Foundation
import ScheduleModel

/// `boardgen check`: validates that what the regulations promise was published.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that every required contact and timetable is published on the website and the board.",
        discussion: """
            Builds the site in memory, or reads an existing --output folder with --existing, and judges the generated HTML. \
            Several sites (a municipality's schools) are checked in one run with several folders after --content, \
            e.g. --content schools/*; with --cache DIR, a site whose files did not change since a check with the \
            same boardgen and date is answered from the cache.
            """
    )

    @Option(name: .long, parsing: .upToNextOption, help: "The content folder, or several (one site each).")
    var content: [String] = ["content"]

    @Option(name: .long, help: "The output folder (read with --existing).")
    var output: String = "public"

    @Option(name: .long, help: "The date to treat as today (YYYY-MM-DD); default: the real date.")
    var today: String?

    @Flag(name: .long, help: "Check the pages already in --output instead of a fresh build.")
    var existing = false

    @Option(name: .long, help: "Output format: human, json or github.")
    var format: String = "human"

    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(name: .long, help: "Keep check results in this folder and reuse them while a site's files are unchanged.")
    var cache: String?

    func validate() throws {
        guard CheckReportFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be human, json or github")
        }
        guard !content.isEmpty else { throw ValidationError("--content needs at least one folder") }
        try content.forEach(SiteOptions.validateContentFolder)
        try SiteOptions.validateToday(today)
        if existing && content.count > 1 {
            throw ValidationError("--existing reads one --output folder: check one site at a time")
        }
        if existing && !FileManager.default.fileExists(atPath: output) {
            throw ValidationError("--existing: output folder '\(output)' does not exist")
        }
    }

    func run() throws {
        let day = SiteOptions.date(today)
        let store = cache.map { CheckCache(folder: URL(fileURLWithPath: $0), toolIdentity: ToolIdentity.current) }
        let results = content.parallelMap { folder in
            let checker = SiteChecker(contentFolder: URL(fileURLWithPath: folder), today: day)
            if existing { return checker.check(existingOutput: URL(fileURLWithPath: output)) }
            return store?.result(for: checker) ?? checker.check()
        }
        let format = CheckReportFormat(rawValue: format)!
        let text = format.render(zip(content, results).map { ($0, $1) }, strict: strict) { folder, diagnostic in
            DiagnosticPrinter.displayPath(diagnostic, contentPath: folder)
        }
        let diagnostics = results.flatMap(\.diagnostics)
        if format == .human {
            if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            let items = results.map(\.rows.count).reduce(0, +)
            let sites = content.count == 1 ? "" : " in \(content.count) sites"
            print("check: \(DiagnosticPrinter.summary(diagnostics)); \(items) required items\(sites)")
        } else if !text.isEmpty {
            print(text)
        }
        let hasWarnings = results.contains(where: \.hasWarnings)
        if results.contains(where: \.hasErrors) || (strict && hasWarnings) { throw ExitCode(1) }
    }
}
