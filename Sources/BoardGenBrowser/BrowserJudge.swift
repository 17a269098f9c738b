import BoardGenCheck
import Foundation

/// `check --browser`: loads the judged pages of an output folder in one headless Chromium,
/// reports what a reader sees of every required item on each (`BrowserPageScript`), and prints
/// the board's pages to PDF to read back their sheets. Pages are `file:` URLs; nothing is fetched
/// from the network. Each page is given `timeout` seconds.
package struct BrowserJudge: Sendable {
    /// What the browser saw.
    package struct Report: Sendable {
        /// Per page, what the page script reported of each marked element.
        package var rendered: [String: [RenderedItem]] = [:]
        /// The printed pages, with the text of each sheet, by path.
        package var printed: [PrintedPage] = []
    }

    /// The Chromium or Chrome executable.
    package let executable: String
    /// Seconds each page may take to load, be judged and print.
    package let timeout: TimeInterval
    /// Where poppler's tools are looked for (a PATH).
    package let searchPath: String

    /// Makes a judge.
    package init(executable: String, timeout: TimeInterval, searchPath: String) {
        self.executable = executable
        self.timeout = timeout
        self.searchPath = searchPath
    }

    /// Renders `pages` (paths under `output`) asking about `marks`, and prints `printed`.
    package func judge(
        output: URL, pages: [String], printed: [String], marks: [String]
    ) throws(BrowserFailure)
        -> Report
    {
        guard let poppler = Poppler.find(searchPath: searchPath) else { throw .noPoppler }
        let work = try Self.makeWorkFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let root = output.standardizedFileURL.resolvingSymlinksInPath()
        let reader = SheetReader(poppler: poppler)
        defer { reader.wait() }  // before the folder with the PDFs goes
        let browser = try HeadlessChromium(executable: executable, timeout: timeout, folder: work)
        defer { browser.close() }
        let expression = BrowserPageScript.expression(
            marks: marks, siteRoot: URL(fileURLWithPath: root.path + "/"), stylesheets: Self.stylesheets(in: root))
        var report = Report()
        let toPrint = Set(printed)
        for (index, page) in Array(Set(pages).union(toPrint)).sorted().enumerated() {
            try browser.load(root.appendingPathComponent(page), what: page)
            if pages.contains(page) { report.rendered[page] = try Self.verdicts(browser, expression, page) }
            if toPrint.contains(page) {
                try Self.print(page, browser, to: work.appendingPathComponent("sheets-\(index).pdf"), reader)
            }
        }
        report.printed = try reader.pages()
        return report
    }
}

private extension BrowserJudge {
    static func verdicts(
        _ browser: HeadlessChromium, _ expression: String, _ page: String
    ) throws(BrowserFailure)
        -> [RenderedItem]
    {
        let json = try browser.evaluate(expression, what: page)
        do {
            return try JSONDecoder().decode([RenderedItem].self, from: Data(json.utf8))
        } catch {
            throw .browserFailed("the page script's verdict on \(page) is unreadable: \(error)")
        }
    }

    static func makeWorkFolder() throws(BrowserFailure) -> URL {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("boardgen-browser-\(UUID())")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            throw .browserFailed("no temporary folder for the browser: \(error)")
        }
        return work
    }

    /// Prints the loaded page to `pdf` and hands it to the reader.
    static func print(
        _ page: String, _ browser: HeadlessChromium, to pdf: URL, _ reader: SheetReader
    )
        throws(BrowserFailure)
    {
        let data = try browser.printPDF(what: page)
        do {
            try data.write(to: pdf)
        } catch {
            throw .browserFailed("could not keep the PDF of \(page): \(error)")
        }
        reader.read(pdf, page: page)
    }

    /// Every stylesheet of the output by its path (`assets/style.css`), for the page script.
    static func stylesheets(in root: URL) -> [String: String] {
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        var sheets: [String: String] = [:]
        for path in paths where path.hasSuffix(".css") {
            sheets[path] = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
        return sheets
    }
}
