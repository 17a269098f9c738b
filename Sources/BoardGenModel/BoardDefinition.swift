import BoardGenDiagnostics
import ScheduleModel

/// `board.yaml`: which notices the stand carries, in which order.
package struct BoardDefinition: Sendable {
    package var printDate: LocalDate?
    package var notices: [NoticeSpec]
    package var location: SourceLocation

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        printDate: LocalDate? = nil,
        notices: [NoticeSpec],
        location: SourceLocation
    ) {
        self.printDate = printDate
        self.notices = notices
        self.location = location
    }
}

/// One notice of the board.
package struct NoticeSpec: Sendable, Identifiable {
    /// What a notice shows.
    package enum Kind: String, Sendable, CaseIterable {
        case contacts, timetable, desk, tell, regulation, document, form
    }

    package var id: String
    package var kind: Kind
    package var title: String?
    package var audience: Audience?
    /// The timetable, desk, regulation or form id the notice shows.
    package var target: Reference?
    package var rows: Int?
    /// The contacts a `contacts` or `regulation` notice shows, in this order (board.yaml
    /// `channels:`); nil: the notice's own choice.
    package var channels: [Reference]? = nil
    package var location: SourceLocation

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        id: String,
        kind: Kind,
        title: String? = nil,
        audience: Audience? = nil,
        target: Reference? = nil,
        rows: Int? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.audience = audience
        self.target = target
        self.rows = rows
        self.location = location
    }
}
