import ArgumentParser
import BoardGenDiagnostics
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

    @OptionGroup var sites: SitesOptions

    @Flag(name: .long, help: "Check the pages already in --output instead of a fresh build.")
    var existing = false

    @Option(name: .long, help: "Output format: human, json or github.")
    var format: String = "human"

    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(name: .long, help: "Keep check results in this folder and reuse them while a site's files are unchanged.")
    var cache: String?

    @Flag(name: .long, help: "Also judge the pages as headless Chromium renders and prints them (slower; no cache).")
    var browser = false

    func validate() throws {
        guard CheckReportFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be human, json or github")
        }
        if existing && sites.content.count > 1 {
            throw ValidationError("--existing reads one --output folder: check one site at a time")
        }
        if existing && !FileManager.default.fileExists(atPath: sites.output) {
            throw ValidationError("--existing: output folder '\(sites.output)' does not exist")
        }
    }

    func run() throws {
        let results = try browser ? checkInBrowser() : checkAll()
        let format = CheckReportFormat(rawValue: format)!
        let text = format.render(zip(sites.content, results).map { ($0, $1) }, strict: strict) { folder, diagnostic in
            DiagnosticPrinter.displayPath(diagnostic, contentPath: folder)
        }
        if format == .human {
            if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            let items = results.map(\.rows.count).reduce(0, +)
            let count = sites.content.count == 1 ? "" : " in \(sites.content.count) sites"
            print(
                "check: \(DiagnosticPrinter.summary(results.flatMap(\.diagnostics))); \(items) required items\(count)")
        } else if !text.isEmpty {
            print(text)
        }
        if results.contains(where: \.hasErrors) || (strict && results.contains(where: \.hasWarnings)) {
            throw ExitCode(1)
        }
    }
}

private extension CheckCommand {
    /// Every site's result, in the order given, checked side by side.
    func checkAll() -> [SiteChecker.Result] {
        let (output, day, existing) = (sites.output, sites.todayDate, existing)
        let store = cache.map { CheckCache(folder: URL(fileURLWithPath: $0), toolIdentity: ToolIdentity.current) }
        return sites.content.parallelMap { folder in
            let checker = SiteChecker(contentFolder: URL(fileURLWithPath: folder), today: day)
            if existing { return checker.check(existingOutput: URL(fileURLWithPath: output)) }
            return store?.result(for: checker) ?? checker.check()
        }
    }
}
