import BoardGenModel
import BoardGenRender

extension NoticeFactory {
    /// A document printed in full, over as many sheets as its text needs ("лист 1 из 3"): the
    /// text is cut where a rule starts (or, inside a rule too long for a sheet, between its
    /// paragraphs) and each sheet takes as much as fits. Nil when one paragraph alone is taller
    /// than a sheet.
    func documentSheets(_ notice: NoticeView, regulationID: String?) -> [NoticeView]? {
        guard let regulationID, let regulation = site.regulation(regulationID) else { return [notice] }
        guard NoticeSizeEstimate(notice: notice, kind: .document).overflows else { return [notice] }
        var trial = notice
        trial.title = "\(notice.title) (\(views.labels.sheet(99, of: 99)))"
        func fits(_ markdown: String) -> Bool {
            trial.documentHTML = excerpts.render(markdown, of: regulation)
            return !NoticeSizeEstimate(notice: trial, kind: .document).overflows
        }
        var sheets: [String] = [""]
        for piece in NumberedRule.pieces(of: regulation.body) {
            for block in fits(piece) ? [piece] : Self.blocks(of: piece) {
                let current = sheets[sheets.count - 1]
                let joined = current.isEmpty ? block : current + "\n\n" + block
                if fits(joined) {
                    sheets[sheets.count - 1] = joined
                } else {
                    guard fits(block) else { return nil }
                    sheets.append(block)
                }
            }
        }
        return sheets.enumerated().map { index, markdown in
            var sheet = numbered(notice, sheet: index, of: sheets.count)
            sheet.documentHTML = excerpts.render(markdown, of: regulation)
            return sheet
        }
    }

    /// Sheet `index` (from 0) of a notice that continues over `count` sheets: its own page,
    /// mark, title "(лист 2 из 3)" and QR code. The QR code of a notice that opens its page on the
    /// site stays with that page.
    func numbered(_ notice: NoticeView, sheet index: Int, of count: Int) -> NoticeView {
        var sheet = notice
        sheet.id = index == 0 ? notice.id : "\(notice.id)-\(index + 1)"
        sheet.item = PublishedItem.notice(sheet.id).mark
        if notice.url == "\(site.settings.url)board/\(notice.id).html" {
            sheet.url = "\(site.settings.url)board/\(sheet.id).html"
        }
        sheet.title = "\(notice.title) (\(views.labels.sheet(index + 1, of: count)))"
        return sheet
    }
}

private extension NoticeFactory {
    /// The paragraphs of a piece of Markdown: cut at blank lines, never inside a fenced block.
    static func blocks(of markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        var isFenced = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let stripped = line.drop { $0 == " " }
            if stripped.hasPrefix("```") || stripped.hasPrefix("~~~") { isFenced.toggle() }
            if !isFenced && stripped.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        return blocks
    }
}
