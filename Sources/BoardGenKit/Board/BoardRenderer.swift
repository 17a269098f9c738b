import ScheduleModel

/// Renders the notice board into the site: `board/index.html`, one page per notice
/// (`board/<id>.html`, what the QR codes point to) and `board/print.html` with all notices
/// separated by page breaks, so the secretary can print from the browser with Ctrl+P.
struct BoardRenderer {
    let site: Site
    let templates: TemplateSet
    let today: LocalDate
    let sink: DiagnosticSink

    /// The board's files: the index, the print page and one page per notice, rendered on all cores.
    func renderAll(_ notices: [NoticeView]) -> [OutputFile] {
        let pages = PageContext(site: site, labels: Labels.forLanguage(site.settings.language))
        let templates = templates
        // -2: the index, -1: the print page; otherwise the position of a notice.
        let jobs = [-2, -1] + Array(notices.indices)
        return jobs.parallelMap { job -> OutputFile in
            switch job {
            case -2:
                var index = pages.make(title: pages.labels.board, depth: 1, current: "board/index.html")
                index["notices"] = notices
                return OutputFile(path: "board/index.html", text: templates.render("board", index))
            case -1:
                var all = pages.make(title: pages.labels.board, depth: 1, current: nil)
                all["notices"] = notices
                return OutputFile(path: "board/print.html", text: templates.render("board-print", all))
            default:
                let position = job
                let notice = notices[position]
                var single = pages.make(title: notice.title, depth: 1, current: nil)
                single["notices"] = [notice]
                return OutputFile(path: "board/\(notice.id).html", text: templates.render("board-print", single))
            }
        }
    }

    /// The notices in board order, with overflow refused.
    func makeNotices() -> [NoticeView] {
        let printDate = site.board?.printDate ?? today
        let factory = NoticeFactory(site: site, views: ViewFactory(site: site, today: today), printDate: printDate)
        let sink = sink
        return factory.specs().parallelMap { spec in
            let notice = factory.makeNotice(spec)
            let estimate = NoticeSizeEstimate(notice: notice)
            if estimate.overflows {
                sink.error("BG501", "notice '\(notice.id)' does not fit on one A4 sheet (about \(Int(estimate.estimatedHeight)) mm of \(Int(estimate.availableHeight)) mm); shorten it (a shorter 'title:' for the notice in board.yaml, fewer rows, shorter items), or split it into several notices (e.g. one per audience, or 'desk' and 'tell' notices per desk)", at: spec.location)
            }
            return notice
        }
    }
}
