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

    @Option(name: .long, help: "Judge the site deployed at this address (http or https), read by following its links.")
    var url: String?

    @Option(name: .long, help: "With --url: at most this many pages.")
    var urlMaxPages = 2_000

    @Option(name: .long, help: "With --url: seconds allowed per request.")
    var urlTimeout = 10.0

    @Option(name: .long, help: "With --url: seconds allowed for the whole site.")
    var urlSeconds = 300.0

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
        if let url {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
                parsed.host != nil
            else { throw ValidationError("--url must be an http(s) address such as https://school.example.ru/help/") }
            guard !existing, sites.content.count == 1 else {
                throw ValidationError("--url judges one deployed site: give one --content and no --existing")
            }
            guard urlMaxPages > 0, urlTimeout > 0, urlSeconds > 0 else {
                throw ValidationError("--url-max-pages, --url-timeout and --url-seconds must be positive")
            }
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
        if let url, let address = URL(string: url), let folder = sites.content.first {
            let checker = SiteChecker(contentFolder: URL(fileURLWithPath: folder), today: day)
            return [
                checker.check(
                    deployedAt: address, maxPages: urlMaxPages, secondsPerRequest: urlTimeout, totalSeconds: urlSeconds)
            ]
        }
        let store = cache.map { CheckCache(folder: URL(fileURLWithPath: $0), toolIdentity: ToolIdentity.current) }
        return sites.content.parallelMap { folder in
            let checker = SiteChecker(contentFolder: URL(fileURLWithPath: folder), today: day)
            if existing { return checker.check(existingOutput: URL(fileURLWithPath: output)) }
            return store?.result(for: checker) ?? checker.check()
        }
    }
}
