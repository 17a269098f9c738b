/// Why `check --browser` could not judge the rendered pages. These are failures of the tools,
/// not findings about the site: the command line reports them as usage errors (exit 2). (A missing
/// browser is found before a check starts: `PDFPrinter.Failure.noBrowser` names what to install.)
package enum BrowserFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// `pdfinfo` or `pdftotext` (poppler) is not installed.
    case noPoppler
    /// The browser could not be started, crashed or answered with an error.
    case browserFailed(String)
    /// A page did not load, render or print in time.
    case timedOut(page: String, seconds: Int)
    /// A PDF could not be read back.
    case unreadablePDF(page: String, output: String)

    package var description: String {
        switch self {
        case .noPoppler:
            "check --browser counts printed sheets with pdfinfo and pdftotext: install poppler "
                + "(Debian/Ubuntu: sudo apt-get install poppler-utils)"
        case .browserFailed(let output):
            "the browser failed: \(output.prefix(600))"
        case .timedOut(let page, let seconds):
            "the browser did not finish \(page) within \(seconds) s"
        case .unreadablePDF(let page, let output):
            "the PDF Chromium printed of \(page) could not be read: \(output.prefix(400))"
        }
    }
}
