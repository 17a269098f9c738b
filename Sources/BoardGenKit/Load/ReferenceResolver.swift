/// Checks that every reference between pieces of content points at something that exists.
struct ReferenceResolver {
    let site: Site
    let sink: DiagnosticSink

    /// Reports every dangling reference (BG107) with a "did you mean" hint.
    func checkAll() {
        for person in site.people {
            person.channels.forEach { check($0, among: site.channels.map(\.id), what: "contact") }
        }
        for timetable in site.timetables {
            timetable.people.forEach { check($0, among: site.people.map(\.id), what: "person") }
        }
        for desk in site.desks {
            desk.channels.forEach { check($0, among: site.channels.map(\.id), what: "contact") }
            desk.escalatesTo.map { check($0, among: site.desks.map(\.id), what: "desk") }
        }
        for regulation in site.regulations {
            regulation.uses.forEach { check($0.reference, among: ids(of: $0.kind), what: String($0.kind.rawValue.dropLast())) }
        }
        site.board?.notices.forEach(checkNotice)
    }
}

private extension ReferenceResolver {
    func ids(of kind: UsedItem.Kind) -> [String] {
        switch kind {
        case .contacts: site.channels.map(\.id)
        case .people: site.people.map(\.id)
        case .desks: site.desks.map(\.id)
        case .timetables: site.timetables.map(\.id)
        }
    }

    func checkNotice(_ notice: NoticeSpec) {
        guard let target = notice.target else { return }
        switch notice.kind {
        case .contacts: break
        case .timetable: check(target, among: site.timetables.map(\.id), what: "timetable")
        case .desk, .tell: check(target, among: site.desks.map(\.id), what: "desk")
        case .regulation: check(target, among: site.regulations.map(\.id), what: "regulation")
        case .form: check(target, among: site.regulations.flatMap { $0.appendices.map(\.id) }, what: "appendix form")
        }
    }

    func check(_ reference: Reference, among ids: [String], what: String) {
        guard !ids.contains(reference.id) else { return }
        let hint = EditDistance.closest(to: reference.id, in: ids).map { "; did you mean '\($0)'?" } ?? ""
        sink.error("BG107", "no \(what) with id '\(reference.id)' exists\(hint)", at: reference.location)
    }
}
