import Foundation
import Testing

@testable import BoardGenBoard
@testable import BoardGenCheck
@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenLoad
@testable import BoardGenMarkdown
@testable import BoardGenModel
@testable import BoardGenRender
@testable import BoardGenSupport
@testable import BoardGenWrite

/// The one-page guarantee, measured for real: every notice of content/ and of every example is
/// printed by headless chromium; poppler counts the pages, checks A4, and finds each notice's
/// phones and e-mails on its own page; zbarimg decodes each QR code back to the notice's URL.
@Suite(.serialized) struct BoardPrintTests {
    @Test(arguments: ExternalTool.allSiteFolders().map(\.lastPathComponent))
    func everyNoticeIsOneA4Page(_ name: String) throws {
        guard let chromium = ExternalTool.require("chromium"), let pdfinfo = ExternalTool.require("pdfinfo"),
            let pdftotext = ExternalTool.require("pdftotext")
        else { return }
        let (output, notices, result) = try build(name)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(!notices.isEmpty)
        let pdf = output.deletingLastPathComponent().appendingPathComponent("board.pdf")
        try PDFPrinter(browser: chromium).print(page: output.appendingPathComponent("board/print.html"), to: pdf)
        let info = try ExternalTool.run(pdfinfo, ["-f", "1", "-l", "999", pdf.path]).stdout
        #expect(
            info.contains("Pages:           \(notices.count)\n"),
            "\(name): expected \(notices.count) pages, one per notice:\n\(info)")
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }
        #expect(
            sizes.count == notices.count && sizes.allSatisfy { $0.hasSuffix("(A4)") },
            "\(name): every page must be A4:\n\(info)")
        for (index, notice) in notices.enumerated() {
            let page = try ExternalTool.run(pdftotext, ["-f", "\(index + 1)", "-l", "\(index + 1)", pdf.path, "-"])
                .stdout
            let text = page.filter { !$0.isWhitespace }
            for value in notice.values {
                #expect(
                    text.contains(value.filter { !$0.isWhitespace }),
                    "\(name): '\(value)' of notice \(notice.id) is not on page \(index + 1)")
            }
        }
        _ = result
    }

    @Test(arguments: ExternalTool.allSiteFolders().map(\.lastPathComponent))
    func qrCodesDecodeToTheNoticeURLs(_ name: String) throws {
        guard let chromium = ExternalTool.require("chromium"), let pdftoppm = ExternalTool.require("pdftoppm"),
            let zbarimg = ExternalTool.require("zbarimg")
        else { return }
        let (output, notices, result) = try build(name)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let pdf = output.deletingLastPathComponent().appendingPathComponent("board.pdf")
        try PDFPrinter(browser: chromium).print(page: output.appendingPathComponent("board/print.html"), to: pdf)
        let prefix = output.deletingLastPathComponent().appendingPathComponent("page").path
        _ = try ExternalTool.run(pdftoppm, ["-r", "150", "-png", pdf.path, prefix])
        let url = result.site!.settings.url
        for (index, notice) in notices.enumerated() {
            let number = String(format: notices.count >= 10 ? "%02d" : "%d", index + 1)
            let decoded = try ExternalTool.run(zbarimg, ["--quiet", "--raw", "\(prefix)-\(number).png"]).stdout
            // A document's notice opens the document's page; every other notice its own page.
            let view = try #require(result.notices.first { $0.id == notice.id })
            let isDocument = ["regulation", "document"].contains(view.kind)
            let target = isDocument ? view.url : "\(url)board/\(notice.id).html"
            #expect(!isDocument || view.url.hasPrefix("\(url)regulations/"), "\(name): \(notice.id) opens \(view.url)")
            #expect(
                decoded.trimmingCharacters(in: .whitespacesAndNewlines) == target,
                "\(name): QR code of notice \(notice.id) decodes to '\(decoded)'")
        }
    }

    /// A contacts notice too long for one sheet continues on the next sheets ("лист 1 из N"),
    /// every channel on exactly one of them; nothing is refused that a split can fit.
    @Test func aContactsNoticeTooLongContinuesOnSheets() throws {
        let site = try CorpusCase.prepare(Fixtures.root.appendingPathComponent("board/too-long"))
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let result = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
        #expect(!result.diagnostics.contains { $0.code == "BG501" }, "\(Fixtures.render(result.diagnostics))")
        let sheets = result.notices.filter { $0.id == "long-contacts" || $0.id.hasPrefix("long-contacts-") }
        #expect(sheets.count >= 2)
        #expect(sheets.first?.title.hasSuffix("(лист 1 из \(sheets.count))") == true)
        let ids = sheets.flatMap { $0.channels.map(\.id) }
        #expect(ids.count == Set(ids).count, "a channel is on two sheets")
        #expect(sheets.allSatisfy { !NoticeSizeEstimate(notice: $0, kind: .contacts).overflows })
        #expect(result.files.contains { $0.path == "board/long-contacts-2.html" })
    }
}

private extension BoardPrintTests {
    struct PrintedNotice {
        var id: String
        /// Phones and e-mails shown on the notice.
        var values: [String]
    }

    func build(_ name: String) throws -> (URL, [PrintedNotice], SiteBuilder.Result) {
        let content = ExternalTool.allSiteFolders().first { $0.lastPathComponent == name }!
        let output = Fixtures.makeTemporaryFolder("board").appendingPathComponent("public")
        let result = SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output)
        #expect(!result.hasErrors, "\(Fixtures.render(result.diagnostics))")
        let printPage = try String(contentsOf: output.appendingPathComponent("board/print.html"), encoding: .utf8)
        return (output, notices(in: printPage), result)
    }

    func notices(in html: String) -> [PrintedNotice] {
        html.components(separatedBy: "<article class=\"notice").dropFirst().map { article in
            let id = article.firstMatch(of: /id="notice-([a-z0-9-]+)"/).map { String($0.1) } ?? ""
            let values = article.matches(of: /itemprop="(?:telephone|email)">([^<]+)</).map { String($0.1) }
            return PrintedNotice(id: id, values: values)
        }
    }
}
