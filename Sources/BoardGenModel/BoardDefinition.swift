import BoardGenDiagnostics
import ScheduleModel

/// `board.yaml`: which notices the stand carries, in which order.
public struct BoardDefinition: Sendable {
    public var printDate: LocalDate?
    public var notices: [NoticeSpec]
    public var location: SourceLocation

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
public struct NoticeSpec: Sendable, Identifiable {
    /// What a notice shows.
    public enum Kind: String, Sendable, CaseIterable {
        case contacts, timetable, desk, tell, regulation, form
    }

    public var id: String
    public var kind: Kind
    public var title: String?
    public var audience: Audience?
    /// The timetable, desk, regulation or form id the notice shows.
    public var target: Reference?
    public var rows: Int?
    public var location: SourceLocation

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
