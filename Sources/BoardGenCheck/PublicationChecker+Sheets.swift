import BoardGenBoard
import BoardGenDiagnostics
import BoardGenModel

extension PublicationChecker {
    /// BG501 as Chromium measured it (`check --browser`, instead of the estimate): a notice page
    /// that prints on more than one A4 sheet, at the notice's entry in board.yaml, and a printed
    /// board that does not print one sheet per notice, at the board.
    package func sheetFindings(_ printed: [PrintedPage], notices: [String]) -> [Diagnostic] {
        printed.compactMap { page -> Diagnostic? in
            if page.page == "board/print.html" {
                guard page.sheets.count != notices.count else { return nil }
                return Diagnostic(
                    .noticeTooLong,
                    "Chromium prints board/print.html on \(page.sheets.count) A4 sheets for \(notices.count) "
                        + "notices: each notice must fill exactly one sheet; \(NoticeFit.advice)",
                    at: site.board?.location ?? site.settings.location)
            }
            guard page.sheets.count != 1, let id = Self.noticeID(of: page.page) else { return nil }
            return Diagnostic(
                .noticeTooLong,
                "notice '\(id)' does not fit on one A4 sheet: Chromium prints \(page.page) on \(page.sheets.count) "
                    + "sheets; \(NoticeFit.advice)",
                at: site.board?.notices.first { $0.id == id }?.location ?? site.settings.location)
        }
    }
}

private extension PublicationChecker {
    /// `ID` of `board/ID.html`.
    static func noticeID(of page: String) -> String? {
        guard page.hasPrefix("board/"), page.hasSuffix(".html") else { return nil }
        return String(page.dropFirst("board/".count).dropLast(".html".count))
    }
}
