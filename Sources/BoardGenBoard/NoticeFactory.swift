import BoardGenDiagnostics
import BoardGenModel
import BoardGenRender
import BoardGenSupport
import ScheduleModel

/// Turns the board definition (or the defaults) into notices.
struct NoticeFactory {
    let site: Site
    let views: ViewFactory
    let printDate: LocalDate
    /// Renders the rules and texts that regulation and document notices quote.
    let excerpts: NoticeExcerpts

    /// The board's notice specs: from board.yaml, or the defaults when there is none.
    func specs() -> [NoticeSpec] {
        if let board = site.board, !board.notices.isEmpty { return board.notices }
        return defaultSpecs()
    }

    /// The view of one notice.
    func makeNotice(_ spec: NoticeSpec) -> NoticeView {
        var notice = blank(spec)
        switch spec.kind {
        case .contacts: fillContacts(&notice, audience: spec.audience)
        case .timetable: fillTimetable(&notice, id: spec.target?.id)
        case .desk, .tell: fillDesk(&notice, id: spec.target?.id, tellOnly: spec.kind == .tell)
        case .regulation: fillRegulation(&notice, id: spec.target?.id, channels: spec.channels)
        case .document: fillDocument(&notice, id: spec.target?.id)
        case .form: fillForm(&notice, id: spec.target?.id, rows: spec.rows)
        }
        if spec.kind == .contacts, let chosen = spec.channels {
            notice.channels = views.makeChannels(chosen)
            notice.hasChannels = !notice.channels.isEmpty
        }
        if let title = spec.title { notice.title = title }
        return notice
    }

    /// A contacts notice too long for one sheet, as consecutive sheets ("лист 2 из 3") that each
    /// fit, the channels in their order; nil when even one channel does not fit a sheet.
    func split(_ notice: NoticeView) -> [NoticeView]? {
        var sheets: [[ChannelView]] = [[]]
        for channel in notice.channels {
            var trial = notice
            // Measured with the longest sheet title it can get ("… (лист 99 из 99)").
            trial.title = "\(notice.title) (\(views.labels.sheet(99, of: 99)))"
            trial.channels = (sheets.last ?? []) + [channel]
            if NoticeSizeEstimate(notice: trial, kind: .contacts).overflows {
                guard sheets.last?.isEmpty == false else { return nil }
                sheets.append([channel])
            } else {
                sheets[sheets.count - 1].append(channel)
            }
        }
        guard sheets.count > 1 else { return nil }
        return sheets.enumerated().map { index, channels in
            var sheet = numbered(notice, sheet: index, of: sheets.count)
            sheet.channels = channels
            return sheet
        }
    }
}

private extension NoticeFactory {
    /// The notices when board.yaml lists none. Each points at the content that fills it, so that a
    /// notice too long for its sheet (BG501) is reported where the text can be shortened.
    func defaultSpecs() -> [NoticeSpec] {
        func spec(
            _ id: String, _ kind: NoticeSpec.Kind, audience: Audience? = nil, target: (String, SourceLocation)? = nil,
            at location: SourceLocation
        ) -> NoticeSpec {
            NoticeSpec(
                id: id, kind: kind, title: nil, audience: audience, target: target.map { Reference($0.0, at: $0.1) },
                rows: nil, location: location)
        }
        var specs = Audience.allCases.compactMap { audience -> NoticeSpec? in
            guard let first = site.channels.first(where: { $0.audiences.contains(audience) }) else { return nil }
            return spec("contacts-\(audience.rawValue)", .contacts, audience: audience, at: first.location)
        }
        specs += site.timetables.filter(\.isPublished).map {
            spec("timetable-\($0.id)", .timetable, target: ($0.id, $0.location), at: $0.location)
        }
        specs += site.desks.map { spec("desk-\($0.id)", .desk, target: ($0.id, $0.location), at: $0.location) }
        specs += site.desks.filter { !$0.tell.isEmpty || !$0.requirements.isEmpty }.map {
            spec("tell-\($0.id)", .tell, target: ($0.id, $0.location), at: $0.location)
        }
        specs += site.regulations.compactMap { regulation -> NoticeSpec? in
            let kind: NoticeSpec.Kind
            switch regulation.boardNotice {
            case .none: return nil
            case .summary: kind = .regulation
            case .full: kind = .document
            }
            return spec(
                "regulation-\(regulation.id)", kind, target: (regulation.id, regulation.location),
                at: regulation.location)
        }
        specs += site.regulations.flatMap(\.appendices).map {
            spec("form-\($0.id)", .form, target: ($0.id, $0.location), at: $0.location)
        }
        return specs
    }

    func blank(_ spec: NoticeSpec) -> NoticeView {
        NoticeView(
            id: spec.id, item: PublishedItem.notice(spec.id).mark, kind: spec.kind.rawValue, title: "", audience: nil,
            isLandscape: false,
            url: "\(site.settings.url)board/\(spec.id).html", channels: [], hasChannels: false,
            timetable: nil, desk: nil, tell: [], hasTell: false, deadlines: nil, hasDeadlines: false,
            deadlinesItem: nil, form: nil,
            approvalLine: approvalLine(uses: nil), validFor: validFor(),
            printDate: "\(views.labels.printDate): \(printDate.dottedString)", schoolName: site.settings.shortName,
            urlCaption: views.labels.scanForSite)
    }

    func fillContacts(_ notice: inout NoticeView, audience: Audience?) {
        guard let audience else { return }
        notice.title = "\(views.labels.whomToContact)"
        notice.audience = "\(views.labels.forAudience) \(views.labels.audience(audience))"
        // The platform's own lines hang on its desk notice; this sheet is the school's contacts.
        let platformChannels = Set(site.desks.filter { $0.operatorKind == .platform }.flatMap { $0.channels.map(\.id) })
        notice.channels = views.makeChannels(for: audience).filter { !platformChannels.contains($0.id) }
        notice.hasChannels = !notice.channels.isEmpty
        notice.approvalLine = approvalLine(uses: notice.channels.map(\.id))
    }

    func fillTimetable(_ notice: inout NoticeView, id: String?) {
        guard let id, let timetable = site.timetable(id) else { return }
        var view = views.makeTimetable(timetable, root: "../")
        view.anchor = nil
        notice.title = timetable.title
        notice.timetable = view
        // A time range never breaks ("15:30–17:00"), so at notice type sizes more than three day columns
        // only fit across a landscape sheet.
        notice.isLandscape = timetable.layout == .grid && view.days.count > 3
        if let validity = timetable.validity, let year = site.settings.schoolYear, validity != year.range {
            notice.validFor = view.validity
        }
        notice.approvalLine = approvalLine(uses: [id])
    }

    func fillDesk(_ notice: inout NoticeView, id: String?, tellOnly: Bool) {
        guard let id, let desk = site.desk(id) else { return }
        var view = views.makeDesk(desk)
        view.anchor = nil
        if tellOnly {
            view.channels = []
            view.intake = nil
            view.processing = nil
            view.outOfHours = nil
            view.hasResponseTime = false
            view.registrationTime = nil
            view.responseExample = nil
            view.escalation = nil
        } else {
            view.tell = []
            view.requirements = []
            view.rejectionReasons = []
        }
        notice.title = tellOnly ? "\(views.labels.whatToTell): \(desk.name)" : desk.name
        notice.desk = view
        notice.approvalLine = approvalLine(uses: [id])
    }

    /// A regulation's substance on one sheet: its deadlines, whom to contact (board.yaml's
    /// `channels:`, else the school's contacts the regulation uses), the rules it marks for the
    /// board; its QR code opens the regulation's own page.
    func fillRegulation(_ notice: inout NoticeView, id: String?, channels: [Reference]?) {
        guard let id, let regulation = site.regulation(id) else { return }
        fillDocumentHeader(&notice, regulation)
        notice.deadlines = views.makeDeadlineTable(regulation)
        notice.hasDeadlines = !regulation.deadlines.isEmpty
        notice.deadlinesItem = PublishedItem.deadlines(regulation: regulation.id).mark
        let platform = Set(site.desks.filter { $0.operatorKind == .platform }.flatMap { $0.channels.map(\.id) })
        let used = regulation.uses.filter { $0.kind == .contacts && !platform.contains($0.reference.id) }
        notice.channels = views.makeChannels(channels ?? used.map(\.reference))
        notice.hasChannels = !notice.channels.isEmpty
        notice.rules = regulation.boardRules.map { excerpts.render($0.markdown, of: regulation) }
        notice.hasRules = !notice.rules.isEmpty
        notice.rulesHeading = views.labels.keyRules(regulation.kind)
    }

    /// The first sheet of a document printed in full, with all of its text; `documentSheets`
    /// spreads the text over as many sheets as it needs.
    func fillDocument(_ notice: inout NoticeView, id: String?) {
        guard let id, let regulation = site.regulation(id) else { return }
        fillDocumentHeader(&notice, regulation)
        notice.documentHTML = excerpts.render(regulation.body, of: regulation)
    }

    func fillDocumentHeader(_ notice: inout NoticeView, _ regulation: Regulation) {
        notice.title = regulation.title
        notice.audience =
            regulation.audiences.isEmpty ? nil : regulation.audiences.map(views.labels.audience).joined(separator: ", ")
        notice.url = "\(site.settings.url)regulations/\(regulation.id).html"
        notice.urlCaption = views.labels.fullTextOnSite(regulation.kind)
        notice.approvalLine = quotedApproval(of: regulation)
    }

    func fillForm(_ notice: inout NoticeView, id: String?, rows: Int?) {
        guard let id, let (form, regulation) = site.form(id) else { return }
        notice.title = form.title
        notice.isLandscape = true
        notice.validFor = nil
        notice.approvalLine = quotedApproval(of: regulation)
        notice.form = views.makeForm(form, rows: 0)
        // Without a chosen number, print as many ruled rows as the sheet holds.
        let fitting = NoticeSizeEstimate(notice: notice, kind: .form).rowsThatFit
        notice.form = views.makeForm(form, rows: rows ?? max(fitting, 1))
    }

    /// The approval of the regulation that relies on these items, else of the first approved regulation.
    func approvalLine(uses ids: [String]?) -> String? {
        let relying = site.regulations.first { regulation in
            guard let ids else { return false }
            return regulation.uses.contains { ids.contains($0.reference.id) }
        }
        guard let regulation = relying ?? site.regulations.first(where: { $0.approval != nil }) else { return nil }
        return quotedApproval(of: regulation)
    }

    /// The approval line a notice prints for a regulation: its stamp as the document words it, or
    /// the composed line when the regulation gives no stamps.
    func quotedApproval(of regulation: Regulation) -> String? {
        guard let approval = regulation.approval else { return nil }
        // Stamps are printed as the document words them; boardgen composes a line only without them.
        // The stamp that states the order (else the last approval stamp) is the one a notice quotes.
        let stamps = approval.stamps.filter { $0.kind == .approval }
        let ordering = approval.orderNumber.flatMap { number in
            stamps.first { $0.lines.contains { $0.contains(number) } }
        }
        if let stamp = ordering ?? stamps.last { return stamp.lines.joined(separator: " ") }
        return views.makeApproval(approval, regulationID: regulation.id).line
    }

    func validFor() -> String? {
        site.settings.schoolYear.map { "\(views.labels.validForYear) \($0.name) \(views.labels.schoolYearWord)" }
    }
}
