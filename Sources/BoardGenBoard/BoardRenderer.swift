import BoardGenDiagnostics
import BoardGenModel
import BoardGenRender
import BoardGenSupport
import ScheduleModel

/// Renders the notice board into the site: `board/index.html`, one page per notice
/// (`board/<id>.html`, what the QR codes point to) and `board/print.html` with all notices
/// separated by page breaks, so the secretary can print from the browser with Ctrl+P.
package struct BoardRenderer {
    let site: Site
    let templates: TemplateSet
    let today: LocalDate
    package let sink: DiagnosticSink
    /// How a notice is written out for the build cache's keys (`PreparedNotices`); without it the
    /// board's pages are never taken from the cache.
    package var describeNotice: (@Sendable (NoticeView) -> String?)? = nil

    /// The board's pages as jobs: the print page (every notice, the longest job: first, so that
    /// it does not run alone at the end), the index and one page per notice. `judgedOnly`: the
    /// notice pages alone (a check does not judge the index and the print page).
    package func jobs(_ notices: [NoticeView], judgedOnly: Bool = false) -> [RenderJob] {
        let pages = PageContext(site: site, labels: Labels.forLanguage(site.settings.language))
        let templates = templates
        // Each notice is converted for the templates once, not once per page that shows it, and
        // only when a page that shows it is rendered (the build cache may have them all). Besides
        // the site-wide inputs, a board page shows only its notices, which may quote regulations'
        // text: the build cache keeps it under their views, written out in full.
        let prepared = PreparedNotices(notices, describe: describeNotice)
        // The index and the printed board are judged too: notices count only when the index links
        // them, and the printed board is what the secretary prints.
        var jobs: [RenderJob] = [
            .file(.derived("board/print.html") { prepared.everyDescription }) {
                var all = pages.make(title: pages.labels.printBoard, depth: 1, current: nil)
                all["notices"] = prepared.all
                return OutputFile(
                    path: "board/print.html", text: UnbreakableTokens.protect(templates.render("board-print", all)))
            },
            .file(.derived("board/index.html") { prepared.everyDescription }) {
                var index = pages.make(title: pages.labels.board, depth: 1, current: "board/index.html")
                index["notices"] = prepared.all
                return OutputFile(path: "board/index.html", text: templates.render("board", index))
            },
        ]
        jobs += notices.indices.map { index in
            let notice = notices[index]
            return .file(.derived("board/\(notice.id).html") { prepared.description(index) }) {
                // Each page's title is unique: notices of one kind differ by their audience.
                let title = [notice.title, notice.audience].compactMap { $0 }.joined(separator: " — ")
                var single = pages.make(title: title, depth: 1, current: nil)
                single["notices"] = [prepared[index]]
                return OutputFile(
                    path: "board/\(notice.id).html",
                    text: UnbreakableTokens.protect(templates.render("board-print", single)))
            }
        }
        return jobs
    }

    /// The notices in board order, with overflow refused.
    package func makeNotices() -> [NoticeView] {
        let printDate = site.board?.printDate ?? today
        let views = ViewFactory(site: site, today: today)
        let factory = NoticeFactory(
            site: site, views: views, printDate: printDate,
            excerpts: NoticeExcerpts(site: site, views: views, templates: templates))
        let sink = sink
        return factory.specs().parallelMap { spec -> [NoticeView] in
            var notice = factory.makeNotice(spec)
            var estimate = NoticeSizeEstimate(notice: notice, kind: spec.kind)
            // A summary's default contacts give way when there is no room; it says so.
            if estimate.overflows, spec.kind == .regulation, spec.channels == nil, notice.hasChannels {
                let left = notice.channels.count
                (notice.channels, notice.hasChannels) = ([], false)
                estimate = NoticeSizeEstimate(notice: notice, kind: spec.kind)
                sink.report(
                    .noticeLeavesOutContacts,
                    "notice '\(notice.id)' has no room for the \(left) contacts its regulation uses, so it shows none; "
                        + "choose the ones to show with 'channels: [id, …]' on its entry in board.yaml",
                    at: spec.location)
            }
            // A list of contacts too long for one sheet continues on the next ones.
            if estimate.overflows, spec.kind == .contacts, let sheets = factory.split(notice) { return sheets }
            // A document printed in full continues over numbered sheets.
            if estimate.overflows, spec.kind == .document,
                let sheets = factory.documentSheets(notice, regulationID: spec.target?.id)
            {
                return sheets
            }
            if estimate.overflows {
                sink.report(
                    .noticeTooLong,
                    "notice '\(notice.id)' does not fit on one A4 sheet (about \(Int(estimate.estimatedHeight)) mm of \(Int(estimate.availableHeight)) mm); \(tallestPart(of: estimate))\(NoticeFit.advice)",
                    at: spec.location)
            }
            return [notice]
        }.flatMap { $0 }
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        site: Site,
        templates: TemplateSet,
        today: LocalDate,
        sink: DiagnosticSink
    ) {
        self.site = site
        self.templates = templates
        self.today = today
        self.sink = sink
    }
}

private extension BoardRenderer {
    /// "the contact 'x' alone takes about 80 mm (contacts.yaml:12): …; " when one contact is the
    /// reason a notice does not fit, else nothing.
    func tallestPart(of estimate: NoticeSizeEstimate) -> String {
        guard let tallest = estimate.tallestChannel else { return "" }
        let place = site.channels.first { $0.id == tallest.id }.map { " (\($0.location.file):\($0.location.line))" }
        return "the contact '\(tallest.id)' alone takes about \(Int(tallest.height)) mm\(place ?? ""): keep its value "
            + "to the address or number and move a remark to its 'note:'; or "
    }
}
