import ArgumentParser
import BoardGenKit
import Foundation

extension CheckCommand {
    /// `--browser`: every site in turn, each in its own headless Chromium (BOARDGEN_CHROMIUM or
    /// chromium/chrome on PATH). A missing browser or poppler, or a browser that fails or runs out
    /// of time, is reported once and ends the run with exit code 2.
    func checkInBrowser() throws -> [SiteChecker.Result] {
        let environment = ProcessInfo.processInfo.environment
        guard
            let printer = PDFPrinter.find(
                explicit: environment["BOARDGEN_CHROMIUM"], searchPath: environment["PATH"] ?? "/usr/bin")
        else {
            FileHandle.standardError.write(Data("error: \(PDFPrinter.Failure.noBrowser)\n".utf8))
            throw ExitCode(2)
        }
        let options = SiteChecker.Browser(executable: printer.browser)
        let output = existing ? URL(fileURLWithPath: sites.output) : nil
        do {
            if let url, let address = URL(string: url), let folder = sites.content.first {
                return [
                    try SiteChecker(contentFolder: URL(fileURLWithPath: folder), today: sites.todayDate).check(
                        deployedAt: address, maxPages: urlMaxPages, secondsPerRequest: urlTimeout,
                        totalSeconds: urlSeconds, browser: options)
                ]
            }
            return try sites.content.map { folder throws(SiteChecker.BrowserError) in
                try SiteChecker(contentFolder: URL(fileURLWithPath: folder), today: sites.todayDate)
                    .check(existingOutput: output, browser: options)
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
