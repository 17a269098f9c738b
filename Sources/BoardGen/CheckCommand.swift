import ArgumentParser
import BoardGenKit
import Foundation

/// `boardgen check`: validates that what the regulations promise was published.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that every required contact and timetable is published on the website and the board."
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let result = SiteBuilder(contentFolder: site.contentURL, today: site.todayDate).render()
        DiagnosticPrinter.printAll(result.diagnostics, contentPath: site.content)
        print(DiagnosticPrinter.summary(result.diagnostics))
        if result.hasErrors { throw ExitCode(1) }
    }
}
