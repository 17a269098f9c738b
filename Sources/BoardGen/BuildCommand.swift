import ArgumentParser
import BoardGenKit
import Foundation

/// `boardgen build`: content folder → website (and the board pages) in the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the website and the notice-board pages from the content folder."
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let builder = SiteBuilder(contentFolder: site.contentURL, today: site.todayDate)
        let result = builder.build(into: site.outputURL)
        DiagnosticPrinter.printAll(result.diagnostics, contentPath: site.content)
        if result.hasErrors {
            FileHandle.standardError.write(Data("build failed: \(DiagnosticPrinter.summary(result.diagnostics)); '\(site.output)' was left unchanged\n".utf8))
            throw ExitCode(1)
        }
        print("built \(result.files.count) files into \(site.output) (\(DiagnosticPrinter.summary(result.diagnostics)))")
    }
}
