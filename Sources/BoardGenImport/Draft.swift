import BoardGenDiagnostics
import BoardGenModel

/// A site drafted from one or more documents: what import writes into the content folder.
package struct Draft: Sendable {
    package var site = DraftSite()
    package var channels: [DraftChannel] = []
    package var people: [DraftPerson] = []
    package var timetables: [DraftTimetable] = []
    package var desks: [DraftDesk] = []
    package var regulations: [DraftRegulation] = []
    /// Everything to confirm and every gap of the documents, in document order.
    package var findings: [Diagnostic] = []

    /// Makes an empty draft.
    package init() {}
}

/// site.yaml's facts found in the documents.
package struct DraftSite: Sendable {
    package var shortName: String?
    package var director: String?
    package var systemName: String?
    package var systemFullName: String?
    package var organisationCode: String?
}

/// A channel of contacts.yaml, with the sentence it came from.
package struct DraftChannel: Sendable {
    package var id: String
    package var kind: Channel.Kind
    /// The value as written, or nil when the document names the channel without its address.
    package var value: String?
    package var missing: String?
    package var label: String
    package var audiences: [Audience]
    /// Why these audiences (the section the channel stands in).
    package var audienceReason: String
    package var message: String?
    /// The sentence of the document, for the YAML comment.
    package var source: String
    package var location: SourceLocation
    /// What the webmaster should confirm (`# проверьте: …`).
    package var checks: [String] = []
}

/// A person of people.yaml (a row of a timetable).
package struct DraftPerson: Sendable {
    package var id: String
    package var name: String?
    package var role: String?
    package var topics: [String] = []
    package var room: String?
    package var hours: String?
    package var slots: [String] = []
    package var location: SourceLocation
    package var checks: [String] = []
}

/// A timetable of timetables.yaml: given as a table, or referred to but not given.
package struct DraftTimetable: Sendable {
    package var id: String
    package var title: String
    package var people: [String] = []
    package var layout: String?
    package var days: [String] = []
    package var published = true
    package var note: String?
    package var location: SourceLocation
    package var checks: [String] = []
}

/// A desk of desks.yaml.
package struct DraftDesk: Sendable {
    package var id: String
    package var name: String
    package var isPlatform: Bool
    package var channels: [String] = []
    package var intake: String?
    package var intakeNote: String?
    package var processing: String?
    package var outOfHours: String?
    /// "" when the document leaves the time blank.
    package var responseTime: String?
    package var responseSource: String?
    package var tell: [(key: String, lines: [String])] = []
    package var location: SourceLocation
    package var checks: [String] = []
}

/// One regulation: front matter facts and the Markdown body.
package struct DraftRegulation: Sendable {
    package var slug: String
    package var title: String
    package var kind: DocumentKind
    package var audiences: [Audience] = []
    package var approval: DraftApproval?
    package var deadlines: [DraftDeadline] = []
    package var appendices: [DraftAppendix] = []
    package var footnotes: [(mark: String, text: String)] = []
    package var body: [String] = []
    package var uses = DraftUses()
    package var location: SourceLocation
    package var checks: [String] = []
}

/// What a regulation relies on.
package struct DraftUses: Sendable {
    package var contacts: [String] = []
    package var people: [String] = []
    package var desks: [String] = []
    package var timetables: [String] = []
}

/// The approval block: its facts and its stamps exactly as printed.
package struct DraftApproval: Sendable {
    package var preamble: String?
    package var heading: String?
    package var position: String?
    package var name: String?
    package var orderNumber: String?
    package var orderDate: String?
    package var adoptions: [(body: String, protocolNumber: String?, date: String?)] = []
    package var stamps: [(side: String, lines: [String])] = []
}

/// A term-relative deadline read with ScheduleModel's `DeadlineRule`.
package struct DraftDeadline: Sendable {
    package var id: String
    package var title: String
    /// `before_end: { amount: 2, unit: weeks }` and the like, as YAML flow text.
    package var rule: String
    package var source: String
}

/// A blank log form (appendix).
package struct DraftAppendix: Sendable {
    package var id: String
    package var label: String
    package var title: String
    package var columns: [String]
    package var rows: Int?
}
