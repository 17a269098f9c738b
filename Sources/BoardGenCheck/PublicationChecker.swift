import BoardGenBoard
import BoardGenDiagnostics
import BoardGenModel
import BoardGenRender
import BoardGenSupport

/// Judges publication on the generated output: every required item must carry its mark, with its
/// value, on at least one website page and one board notice. A gap is blamed on the content when no
/// page was meant to show the item, and on the template line that should render it otherwise.
package struct PublicationChecker {
    let site: Site
    let templates: TemplateSet
    let views: ViewFactory

    /// The gaps: required items not found in the scanned output. `notices` decides whether a
    /// gap on the board is the board's choice of notices or the templates' doing.
    package func check(_ marks: PublishedMarks, notices: [NoticeView]) -> [Diagnostic] {
        requirements().flatMap { requirement in
            requirement.places.compactMap { place -> Diagnostic? in
                guard marks.pages(showing: requirement.item, in: place, containing: requirement.texts, limit: 1).isEmpty
                else { return nil }
                return gap(
                    requirement, place: place, isMarked: marks.isMarked(requirement.item, in: place), notices: notices)
            }
        }
    }

    /// Every required item of the site under its policy.
    package func requirements() -> [Requirement] {
        contactRequirements() + timetableRequirements() + deskRequirements() + approvalRequirements()
    }

    /// A collector for the output that can answer every question `check` and the report ask.
    package func makeMarks() -> PublishedMarks {
        let queries = requirements().map { PublishedMarks.Query(item: $0.item, fragments: $0.texts) }
        return PublishedMarks(queries: queries, listed: CheckResult.pagesListed)
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
                item: view.item, audiences: audiences,
                description:
                    "\(channel.kind.shortNoun) \(view.display) for \(audiences.map(\.rawValue).joined(separator: ", "))",
                places: policy.contacts, texts: [">\(PublishedMarks.escape(view.display))<"],
                contentLocation: channel.location,
                siteTemplates: ["channel-list", "contacts"], boardTemplates: ["channel-list", "notice"],
                placeholder: "{{display}}")
        }
    }

    func timetableRequirements() -> [Requirement] {
        site.timetables.filter(\.isPublished).map { timetable in
            let people = timetable.people.map { "data-item=\"person:\($0.id)\"" }
            return Requirement(
                item: "timetable:\(timetable.id)", audiences: policy.servedAudiences(of: site),
                description: "timetable '\(timetable.title)'", places: policy.timetables, texts: people,
                contentLocation: timetable.location, siteTemplates: ["timetable", "timetable-page"],
                boardTemplates: ["timetable", "notice"], placeholder: "data-item=\"{{personItem}}\"")
        }
    }

    func deskRequirements() -> [Requirement] {
        site.desks.flatMap { desk -> [Requirement] in
            let view = views.makeDesk(desk)
            let layers: [(String, String?, HoursValue?)] = [
                ("intake", view.intake, desk.intake),
                ("processing", view.processing, desk.processing),
            ]
            return layers.compactMap { layer, text, hours in
                // "уточняется", "по записи" (BG415) are published as written but are not hours.
                guard let text, let location = hours?.location, hours?.givesTimes == true else { return nil }
                return Requirement(
                    item: "hours:\(desk.id):\(layer)", audiences: policy.servedAudiences(of: site),
                    description: "\(layer) hours of '\(desk.name)'", places: policy.deskHours,
                    texts: [">\(PublishedMarks.escape(text))"],
                    contentLocation: location, siteTemplates: ["desk", "support"], boardTemplates: ["desk", "notice"],
                    placeholder: "{{\(layer)}}", markNeedle: "data-item=\"hours:{{id}}:\(layer)\"")
            }
        }
    }

    func approvalRequirements() -> [Requirement] {
        guard policy.requiresApproval else { return [] }
        return site.regulations.compactMap { regulation in
            guard let approval = regulation.approval,
                let line = views.makeApproval(approval, regulationID: regulation.id).line
            else { return nil }
            return Requirement(
                item: "approval:\(regulation.id)", audiences: regulation.audiences,
                description: "approval of '\(regulation.title)'",
                places: [.site], texts: [">\(PublishedMarks.escape(line))<"], contentLocation: approval.location,
                siteTemplates: ["approval", "regulation"],
                boardTemplates: [], placeholder: "{{line}}")
        }
    }

    func gap(
        _ requirement: Requirement, place: PublicationPolicy.Place, isMarked: Bool, notices: [NoticeView]
    ) -> Diagnostic {
        let whereText = place == .site ? "on any website page" : "on any board notice"
        var diagnostic: Diagnostic
        if place == .board && !isMeantForBoard(requirement, notices: notices) {
            let location = site.board?.location ?? SourceLocation(file: "board.yaml")
            diagnostic = Diagnostic(
                .notOnBoard,
                "\(requirement.item) (\(requirement.description)) is not published \(whereText): no notice in board.yaml shows it; add one (see docs/content.md, board.yaml)",
                at: location)
        } else {
            let names = place == .site ? requirement.siteTemplates : requirement.boardTemplates
            let needle = isMarked ? requirement.placeholder : requirement.markNeedle
            let location = templates.locate(needle, in: names)
            let what = isMarked ? "its value is not rendered" : "the templates do not render it"
            diagnostic = Diagnostic(
                place == .site ? .notOnWebsite : .notOnBoard,
                "\(requirement.item) (\(requirement.description)) is not published \(whereText): \(what); restore it in the template (required by \(requirement.contentLocation.file):\(requirement.contentLocation.line))",
                at: location)
        }
        diagnostic.item = requirement.item
        diagnostic.audience = requirement.audiences.map(\.rawValue).joined(separator: ",")
        return diagnostic
    }

    /// True when the built notices include the item, so its absence from the board pages is the templates' doing.
    func isMeantForBoard(_ requirement: Requirement, notices: [NoticeView]) -> Bool {
        notices.contains { notice in
            notice.channels.contains { $0.item == requirement.item }
                || notice.desk.map { desk in
                    desk.channels.contains { $0.item == requirement.item }
                        || (requirement.item.hasPrefix("hours:\(desk.id):")
                            && (desk.intake != nil || desk.processing != nil))
                } == true
                || notice.timetable?.item == requirement.item
        }
    }
}
