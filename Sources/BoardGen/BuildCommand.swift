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

    @Flag(name: .long, help: "Also write report.html: every required item × website × board, with where it was found.")
    var report = false

    func run() throws {
        let builder = SiteBuilder(contentFolder: site.contentURL, today: site.todayDate)
        let result = builder.build(into: site.outputURL, report: report)
        DiagnosticPrinter.printAll(result.diagnostics, contentPath: site.content)
        if result.diagnostics.contains(where: { $0.code == "BG701" }) {
            throw ExitCode(2)  // the output folder itself is a usage mistake
        }
        if result.hasErrors {
            FileHandle.standardError.write(Data("build failed: \(DiagnosticPrinter.summary(result.diagnostics)); '\(site.output)' was left unchanged\n".utf8))
            throw ExitCode(1)
        }
        print("built \(result.fileCount) files into \(site.output) (\(DiagnosticPrinter.summary(result.diagnostics)))")
    }
}
