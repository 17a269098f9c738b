import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport

/// Renders one directive from the site data through the same partials the pages use.
struct DirectiveRenderer {
    /// A directive that cannot be rendered; the message says why.
    struct Failure: Error {
        var message: String
        /// BG107 for a reference to a missing item, BG302 for other argument mistakes.
        var code = DiagnosticCode.directiveArguments
        /// The argument at fault, to point the diagnostic at it.
        package var argument: String?
        /// True when the fault was already reported where the item is defined.
        var isAlreadyReported = false
    }

    let site: Site
    let views: ViewFactory
    let templates: TemplateSet
    let shared: PreparedContext

    package func render(name: String, arguments: [String], regulation: Regulation) -> Result<String, Failure> {
        switch name {
        case "contacts": contacts(arguments)
        case "timetable": timetable(arguments)
        case "person": person(arguments)
        case "desk": desk(arguments)
        case "tell": tell(arguments)
        case "deadlines": deadlines(regulation)
        case "form": form(arguments)
        default: .failure(Failure(message: "unknown directive '\(name)'"))
        }
    }
}

private extension DirectiveRenderer {
    func contacts(_ arguments: [String]) -> Result<String, Failure> {
        guard !arguments.isEmpty else {
            return .failure(Failure(message: "'contacts' needs an audience (staff, parents, pupils) or channel ids"))
        }
        var channels: [ChannelView] = []
        for argument in arguments {
            if let audience = Audience(rawValue: argument) {
                channels += views.makeChannels(for: audience)
            } else if let channel = site.channel(argument) {
                channels.append(views.makeChannel(channel))
            } else {
                return .failure(
                    unknown("contact", argument, among: site.channels.map(\.id) + Audience.allCases.map(\.rawValue)))
            }
        }
        return .success(templates.renderPartial("channel-list", value: ["channels": channels], shared: shared))
    }

    func timetable(_ arguments: [String]) -> Result<String, Failure> {
        guard let id = arguments.first else { return .failure(Failure(message: "'timetable' needs a timetable id")) }
        guard var definition = site.timetable(id) else {
            return .failure(unknown("timetable", id, among: site.timetables.map(\.id)))
        }
        if arguments.count > 1 {
            guard let layout = TimetableDefinition.Layout(rawValue: arguments[1]) else {
                return .failure(Failure(message: "'\(arguments[1])' is not a layout; use grid or list"))
            }
            definition.layout = layout
        }
        let root = shared["root"] as? String ?? ""
        return .success(
            templates.renderPartial("timetable", value: views.makeTimetable(definition, root: root), shared: shared))
    }

    func person(_ arguments: [String]) -> Result<String, Failure> {
        guard let id = arguments.first else { return .failure(Failure(message: "'person' needs a person id")) }
        guard let person = site.person(id) else { return .failure(unknown("person", id, among: site.people.map(\.id))) }
        let definition = TimetableDefinition(
            id: "person-\(person.id)", title: person.displayName, people: [Reference(person.id, at: person.location)],
            layout: .list, days: nil, validity: nil, validityLocation: nil, isPublished: true, note: nil,
            location: person.location)
        let root = shared["root"] as? String ?? ""
        return .success(
            templates.renderPartial("timetable", value: views.makeTimetable(definition, root: root), shared: shared))
    }

    func desk(_ arguments: [String]) -> Result<String, Failure> {
        guard let id = arguments.first else { return .failure(Failure(message: "'desk' needs a desk id")) }
        guard let desk = site.desk(id) else { return .failure(unknown("desk", id, among: site.desks.map(\.id))) }
        return .success(templates.renderPartial("desk", value: views.makeDesk(desk), shared: shared))
    }

    func tell(_ arguments: [String]) -> Result<String, Failure> {
        guard let id = arguments.first else { return .failure(Failure(message: "'tell' needs a desk id")) }
        guard let desk = site.desk(id) else { return .failure(unknown("desk", id, among: site.desks.map(\.id))) }
        var lists = views.makeTell(desk)
        if arguments.count > 1 {
            if arguments[1] == "all" {
                lists = views.makeTell(desk).filter { $0.item.hasSuffix(":all") }
            } else if let audience = Audience(rawValue: arguments[1]) {
                lists = views.makeTell(desk, audience: audience)
            } else {
                return .failure(
                    Failure(message: "'\(arguments[1])' is not an audience; use staff, parents, pupils or all"))
            }
        }
        return .success(
            lists.map { templates.renderPartial("tell", value: $0, shared: shared) }.joined(separator: "\n"))
    }

    func deadlines(_ regulation: Regulation) -> Result<String, Failure> {
        guard !regulation.deadlines.isEmpty else {
            return .failure(Failure(message: "'deadlines' needs 'deadlines:' in the front matter"))
        }
        let value: [String: Any] = [
            "id": regulation.id, "deadlinesItem": PublishedItem.deadlines(regulation: regulation.id).mark,
            "hasDeadlines": true, "deadlines": views.makeDeadlineTable(regulation),
        ]
        return .success(templates.renderPartial("deadlines", value: value, shared: shared))
    }

    func form(_ arguments: [String]) -> Result<String, Failure> {
        guard let id = arguments.first else { return .failure(Failure(message: "'form' needs an appendix form id")) }
        guard let (form, _) = site.form(id) else {
            return .failure(unknown("appendix form", id, among: site.regulations.flatMap { $0.appendices.map(\.id) }))
        }
        return .success(templates.renderPartial("appendix", value: views.makeForm(form), shared: shared))
    }

    func unknown(_ what: String, _ id: String, among ids: [String]) -> Failure {
        let file = UsedItem.Kind.allCases.first { $0.noun == what }?.file
        let reported = file.map { site.isAlreadyReported(id, in: $0) } ?? false
        return Failure(
            message: Suggestion.unknownReference(what, id: id, among: ids), code: .unknownReference, argument: id,
            isAlreadyReported: reported)
    }
}
