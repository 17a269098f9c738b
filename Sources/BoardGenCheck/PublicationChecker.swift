import BoardGenBoard
import BoardGenDiagnostics
import BoardGenModel
import BoardGenRender
import BoardGenSupport

/// Judges publication on the generated output: every required item must be shown to a reader,
/// exactly as the content defines it, on at least one website page and one board notice (and on
/// the printed board). A gap is blamed on the content when no page was meant to show the item,
/// and on the template line that should render it otherwise.
package struct PublicationChecker {
    let site: Site
    let templates: TemplateSet
    let views: ViewFactory

    /// The gaps: required items not shown in the judged output. `notices` decides whether a
    /// gap on the board is the board's choice of notices or the templates' doing.
    package func check(_ marks: PublishedMarks, notices: [NoticeView]) -> [Diagnostic] {
        requirements().flatMap { requirement in
            requirement.places.compactMap { place -> Diagnostic? in
                guard marks.pages(showing: requirement.item, in: place, limit: 1).isEmpty else { return nil }
                return gap(
                    requirement, place: place, absence: marks.absence(of: requirement.item, in: place),
                    notices: notices)
            }
        }
    }

    /// Every required item of the site under its policy.
    package func requirements() -> [Requirement] {
        contactRequirements() + timetableRequirements() + deskRequirements() + approvalRequirements()
    }

    /// A collector for the output that can answer every question `check` and the report ask.
    package func makeMarks(memo: PageMarksMemo? = nil) -> PublishedMarks {
        let expectations = Dictionary(requirements().map { ($0.item, $0.expected) }) { first, _ in first }
        return PublishedMarks(expectations: expectations, listed: CheckResult.pagesListed, memo: memo)
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        site: Site,
        templates: TemplateSet,
        views: ViewFactory
    ) {
        self.site = site
        self.templates = templates
        self.views = views
    }
}

private extension PublicationChecker {
    var policy: PublicationPolicy { site.policy }

    func contactRequirements() -> [Requirement] {
        let served = Set(policy.servedAudiences(of: site))
        return site.channels.filter { channel in
            !channel.isMissing && policy.perAudience.contains(channel.kind)
                && channel.audiences.contains(where: served.contains)
        }.map { channel in
            let view = views.makeChannel(channel)
            let audiences = channel.audiences.filter(served.contains)
            return Requirement(
                item: .contact(channel.id), audiences: audiences,
                description:
                    "\(channel.kind.shortNoun) \(view.display) for \(audiences.map(\.rawValue).joined(separator: ", "))",
                places: policy.contacts,
                expected: .value(
                    text: view.display, links: view.links.map { ExpectedLink(href: $0.href, text: $0.text) }),
                contentLocation: channel.location, markField: "item", valueField: "partText")
        }
    }

    func timetableRequirements() -> [Requirement] {
        site.timetables.filter(\.isPublished).map { timetable in
            let view = views.makeTimetable(timetable, root: "")
            return Requirement(
                item: .timetable(timetable.id), audiences: policy.servedAudiences(of: site),
                description: "timetable '\(timetable.title)'", places: policy.timetables, expected: Self.rows(of: view),
                contentLocation: timetable.location, markField: "item", valueField: "personItem")
        }
    }

    /// What a timetable's rows must show: a grid's day cells, or a list's topics and hours.
    static func rows(of view: TimetableView) -> ExpectedContent {
        var rows: [PublishedItem: [[String]]] = [:]
        for row in view.isGrid
            ? view.gridRows.map({ ($0.personItem, $0.cells.map(\.text)) })
            : view.listRows.map({
                ($0.personItem, [$0.topics.joined(separator: " "), $0.hours])
            })
        {
            guard let person = PublishedItem(mark: row.0) else { continue }
            rows[person, default: []].append(row.1)
        }
        return .rows(rows, days: view.isGrid ? view.days : [])
    }

    func deskRequirements() -> [Requirement] {
        site.desks.flatMap { desk -> [Requirement] in
            let view = views.makeDesk(desk)
            let layers: [(PublishedItem.DeskLayer, String?, HoursValue?, String?)] = [
                (.intake, view.intake, desk.intake, view.intakeNote),
                (.processing, view.processing, desk.processing, nil),
            ]
            return layers.compactMap { layer, text, hours, note in
                // "уточняется", "по записи" (BG415) are published as written but are not hours.
                guard let text, let location = hours?.location, hours?.givesTimes == true else { return nil }
                return Requirement(
                    item: .deskHours(desk: desk.id, layer: layer), audiences: policy.servedAudiences(of: site).filter(desk.serves),
                    description: "\(layer.rawValue) hours of '\(desk.name)'", places: policy.deskHours,
                    expected: .hours(text: text, note: note), contentLocation: location,
                    markField: "\(layer.rawValue)Item", valueField: layer.rawValue)
            }
        }
    }

    func approvalRequirements() -> [Requirement] {
        site.regulations.compactMap { regulation in
            guard let approval = regulation.approval, policy.requiresApproval(of: regulation) else { return nil }
            let view = views.makeApproval(approval, regulationID: regulation.id)
            let lines =
                view.hasStamps
                ? view.stamps.flatMap(\.lines) : view.line.map { [$0] + [view.position, view.name].compactMap { $0 } }
            guard let lines, !lines.isEmpty else { return nil }
            return Requirement(
                item: .approval(regulation: regulation.id), audiences: regulation.audiences,
                description: "approval of '\(regulation.title)'", places: [.site], expected: .lines(lines),
                contentLocation: approval.location, markField: "item", valueField: view.hasStamps ? "lines" : "line")
        }
    }

    func gap(
        _ requirement: Requirement, place: PublicationPolicy.Place, absence: PublishedMarks.Absence,
        notices: [NoticeView]
    ) -> Diagnostic {
        let subject = "\(requirement.item) (\(requirement.description)) is not published"
        let code: DiagnosticCode = place == .site ? .notOnWebsite : .notOnBoard
        var diagnostic: Diagnostic
        if place == .board && !isMeantForBoard(requirement, notices: notices) {
            let location = site.board?.location ?? SourceLocation(file: "board.yaml")
            diagnostic = Diagnostic(
                code,
                "\(subject) on any board notice: no notice in board.yaml shows it; add one (see docs/content.md, board.yaml)",
                at: location)
        } else {
            let (what, field) = Self.explain(absence, requirement)
            let fields = [field, requirement.markField, requirement.valueField]
            let location = fields.lazy.compactMap { templates.locate("{{\($0)}}") }.first ?? requirement.contentLocation
            let required = "\(requirement.contentLocation.file):\(requirement.contentLocation.line)"
            let whereText = place == .site ? "on any website page" : "on any board notice"
            diagnostic = Diagnostic(
                code, "\(subject) \(whereText): \(what); restore it in the template (required by \(required))",
                at: location)
        }
        diagnostic.item = requirement.item.mark
        diagnostic.audience = requirement.audiences.map(\.rawValue).joined(separator: ",")
        return diagnostic
    }

    /// What the reader misses, and the view field whose template line is to blame.
    static func explain(_ absence: PublishedMarks.Absence, _ requirement: Requirement) -> (String, String) {
        switch absence {
        case .notMarked:
            ("the templates do not render it", requirement.markField)
        case .unreachable(let page):
            ("it is only on \(page), which no link from the index reaches", requirement.markField)
        case .shownWrongly(let page, let path, let problem):
            (
                "its value is not rendered as a reader must see it: on \(page) (\(path)) it \(problem)",
                requirement.valueField
            )
        case .unseenInBrowser(let page, let path, let problem):
            ("Chromium does not show it to a reader: on \(page) (\(path)) it \(problem)", requirement.valueField)
        case .notPrinted:
            ("it is on the notices but not on board/print.html, the sheet the secretary prints", requirement.markField)
        }
    }

    /// True when the built notices include the item, so its absence from the board pages is the templates' doing.
    func isMeantForBoard(_ requirement: Requirement, notices: [NoticeView]) -> Bool {
        notices.contains { notice in
            notice.channels.contains { $0.item == requirement.item.mark }
                || notice.desk.map { desk in
                    desk.channels.contains { $0.item == requirement.item.mark }
                        || desk.intakeItem == requirement.item.mark || desk.processingItem == requirement.item.mark
                } == true
                || notice.timetable?.item == requirement.item.mark
        }
    }
}
