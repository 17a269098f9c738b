import Foundation

/// poppler's `pdfinfo` and `pdftotext`: how many sheets a printed PDF has and each sheet's text.
struct Poppler {
    let pdfinfo: String
    let pdftotext: String

    /// Both tools from the folders of `searchPath` (a PATH), or nil when one is missing.
    static func find(searchPath: String) -> Poppler? {
        let folders = searchPath.split(separator: ":").map(String.init)
        func locate(_ name: String) -> String? {
            folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        guard let pdfinfo = locate("pdfinfo"), let pdftotext = locate("pdftotext") else { return nil }
        return Poppler(pdfinfo: pdfinfo, pdftotext: pdftotext)
    }

    /// The text of each sheet of a PDF: the page count from `pdfinfo`, the text from
    /// `pdftotext -raw` (the order Chromium drew it in, so a table cell that wraps stays in one
    /// piece; `-layout` interleaves the lines of neighbouring cells), split at form feeds.
    func sheets(of pdf: URL, page: String) throws(BrowserFailure) -> [String] {
        let info = try run(pdfinfo, [pdf.path], page: page)
        guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
            let count = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
        else { throw .unreadablePDF(page: page, output: info) }
        let text = try run(pdftotext, ["-raw", "-enc", "UTF-8", pdf.path, "-"], page: page)
        let sheets = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        guard sheets.count >= count else { throw .unreadablePDF(page: page, output: "\(count) pages, fewer texts") }
        return Array(sheets.prefix(count))
    }
}

private extension Poppler {
    func run(_ tool: String, _ arguments: [String], page: String) throws(BrowserFailure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            throw .unreadablePDF(page: page, output: "\(tool): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw .unreadablePDF(page: page, output: text) }
        return text
    }
}
