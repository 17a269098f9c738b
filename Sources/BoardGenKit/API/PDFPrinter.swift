import BoardGenBoard
import BoardGenCheck
import BoardGenDiagnostics
import BoardGenModel
import BoardGenRender
import BoardGenSupport
import BoardGenWrite
import Foundation
import ScheduleModel

/// Prints HTML pages to one PDF with an installed headless Chromium or Chrome,
/// with no header or footer added by the browser.
public struct PDFPrinter: Sendable {
    /// Why printing failed.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// No browser is installed: the message names the package to install.
        case noBrowser
        /// The browser ran but produced no PDF.
        case browserFailed(String)

        public var description: String {
            switch self {
            case .noBrowser:
                "no headless browser found: install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or Google Chrome, or set BOARDGEN_CHROMIUM to its path"
            case .browserFailed(let output):
                "the browser could not print the board: \(output.prefix(400))"
            }
        }
    }

    /// The browser executable.
    public let browser: String

    /// Finds a browser: an explicit path, else chromium/chrome on PATH.
    public static func find(explicit: String?, searchPath: String) -> PDFPrinter? {
        if let explicit, FileManager.default.isExecutableFile(atPath: explicit) { return PDFPrinter(browser: explicit) }
        let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]
        for folder in searchPath.split(separator: ":") {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return PDFPrinter(browser: "\(folder)/\(name)")
            }
        }
        return nil
    }

    /// Prints one HTML file to a PDF file.
    public func print(page: URL, to pdf: URL) throws(Failure) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-extensions",
            "--run-all-compositor-stages-before-draw", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try? FileManager.default.removeItem(at: pdf)
        do {
            try process.run()
        } catch {
            throw .browserFailed("\(error)")
        }
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw .browserFailed(log)
        }
    }
}
