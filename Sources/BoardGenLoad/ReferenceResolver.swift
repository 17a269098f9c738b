import BoardGenDiagnostics
import BoardGenModel

/// Checks that every reference between pieces of content points at something that exists.
package struct ReferenceResolver {
    let site: Site
    package let sink: DiagnosticSink

    /// Reports every dangling reference (BG107) with a "did you mean" hint.
    package func checkAll() {
        for person in site.people {
            person.channels.forEach {
                check($0, among: site.channels.map(\.id), what: "contact", file: "contacts.yaml")
            }
        }
        for timetable in site.timetables {
            timetable.people.forEach { check($0, among: site.people.map(\.id), what: "person", file: "people.yaml") }
        }
        for desk in site.desks {
            desk.channels.forEach { check($0, among: site.channels.map(\.id), what: "contact", file: "contacts.yaml") }
            desk.escalatesTo.map { check($0, among: site.desks.map(\.id), what: "desk", file: "desks.yaml") }
        }
        for regulation in site.regulations {
            regulation.uses.forEach {
                check($0.reference, among: ids(of: $0.kind), what: $0.kind.noun, file: $0.kind.file)
            }
        }
        site.board?.notices.forEach(checkNotice)
        checkFormsAcrossRegulations()
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        site: Site,
        sink: DiagnosticSink
    ) {
        self.site = site
        self.sink = sink
    }
}

private extension ReferenceResolver {
    /// Appendix forms become board notices and pages by id, so ids are unique across regulations.
    func checkFormsAcrossRegulations() {
        var owners: [String: String] = [:]
        for regulation in site.regulations {
            for form in regulation.appendices {
                if let other = owners[form.id], other != regulation.path {
                    sink.report(
                        .duplicateID,
                        "duplicate id '\(form.id)': an appendix form with this id is already defined in \(other); ids must be unique",
                        at: form.location)
                } else {
                    owners[form.id] = regulation.path
                }
            }
        }
    }

    func ids(of kind: UsedItem.Kind) -> [String] {
        switch kind {
        case .contacts: site.channels.map(\.id)
        case .people: site.people.map(\.id)
        case .desks: site.desks.map(\.id)
        case .timetables: site.timetables.map(\.id)
        }
    }

    func checkNotice(_ notice: NoticeSpec) {
        notice.channels?.forEach { check($0, among: site.channels.map(\.id), what: "contact", file: "contacts.yaml") }
        guard let target = notice.target else { return }
        switch notice.kind {
        case .contacts: break
        case .timetable: check(target, among: site.timetables.map(\.id), what: "timetable", file: "timetables.yaml")
        case .desk, .tell: check(target, among: site.desks.map(\.id), what: "desk", file: "desks.yaml")
        case .regulation, .document: check(target, among: site.regulations.map(\.id), what: "regulation")
        case .form: check(target, among: site.regulations.flatMap { $0.appendices.map(\.id) }, what: "appendix form")
        }
    }

    func check(_ reference: Reference, among ids: [String], what: String, file: String? = nil) {
        guard !ids.contains(reference.id), !(file.map { site.isAlreadyReported(reference.id, in: $0) } ?? false) else {
            return
        }
        sink.report(.unknownReference(what, id: reference.id, among: ids, at: reference.location))
    }
}
