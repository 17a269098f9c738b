import ScheduleModel

/// Renders the notice board into the site: `board/index.html`, one page per notice
/// (`board/<id>.html`, what the QR codes point to) and `board/print.html` with all notices
/// separated by page breaks, so the secretary can print from the browser with Ctrl+P.
struct BoardRenderer {
    let site: Site
    let templates: TemplateSet
    let today: LocalDate
    let sink: DiagnosticSink

    /// The board's files; reports notices that would overflow their A4 sheet (BG501).
    func renderAll(_ notices: [NoticeView]) -> [OutputFile] {
        let pages = PageContext(site: site, labels: Labels.forLanguage(site.settings.language))
        var index = pages.make(title: pages.labels.board, depth: 1, current: "board/index.html")
        index["notices"] = notices
        var files = [OutputFile(path: "board/index.html", text: templates.render("board", index))]
        var all = pages.make(title: pages.labels.board, depth: 1, current: nil)
        all["notices"] = notices
        files.append(OutputFile(path: "board/print.html", text: templates.render("board-print", all)))
        for notice in notices {
            var single = pages.make(title: notice.title, depth: 1, current: nil)
            single["notices"] = [notice]
            files.append(OutputFile(path: "board/\(notice.id).html", text: templates.render("board-print", single)))
        }
        return files
    }

    /// The notices in board order, with overflow refused.
    func makeNotices() -> [NoticeView] {
        let printDate = site.board?.printDate ?? today
        let factory = NoticeFactory(site: site, views: ViewFactory(site: site, today: today), printDate: printDate)
        return factory.specs().map { spec in
            let notice = factory.makeNotice(spec)
            let estimate = NoticeSizeEstimate(notice: notice)
            if estimate.overflows {
                sink.error("BG501", "notice '\(notice.id)' does not fit on one A4 sheet (about \(Int(estimate.estimatedHeight)) mm of \(Int(estimate.availableHeight)) mm); shorten it (a shorter 'title:' for the notice in board.yaml, fewer rows, shorter items), or split it into several notices (e.g. one per audience, or 'desk' and 'tell' notices per desk)", at: spec.location)
            }
            return notice
        }
    }
}
