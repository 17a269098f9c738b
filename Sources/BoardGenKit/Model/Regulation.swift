import ScheduleModel

/// A regulation: front matter plus a Markdown body.
public struct Regulation: Sendable, Identifiable {
    /// The slug, used as the page name (`regulations/<slug>.html`).
    public var id: String
    public var title: String
    public var order: Int
    public var audiences: [Audience]
    public var approval: Approval?
    public var uses: [UsedItem]
    public var deadlines: [DeadlineSpec]
    public var appendices: [LogForm]
    public var footnotes: [Footnote]
    /// True when the regulation asks for a summary notice on the board.
    public var wantsBoardSummary: Bool
    /// The Markdown body.
    public var body: String
    /// The line in the file where the body starts (for Markdown diagnostics).
    public var bodyFirstLine: Int
    /// The file, relative to the content folder.
    public var path: String
    public var location: SourceLocation
    /// Where `slug:` is written, if it is.
    public var slugLocation: SourceLocation? = nil
}

/// A reference from a regulation's `uses:` list.
public struct UsedItem: Sendable, Hashable {
    /// What kind of data is referenced.
    public enum Kind: String, Sendable, CaseIterable {
        case contacts, people, desks, timetables
    }

    public var kind: Kind
    public var reference: Reference
}

/// The approval block of a regulation.
public struct Approval: Sendable {
    public var preamble: String?
    /// The heading of the approval stamp as written ("Утверждаю:").
    public var heading: String?
    public var approvedByPosition: String?
    public var approvedByName: String?
    public var orderNumber: String?
    public var orderDate: LocalDate?
    public var adoptedWith: [Adoption]
    public var location: SourceLocation
}

/// "Принято с учетом мнения Педагогического совета (протокол от 08.05.2018 № 2)".
public struct Adoption: Sendable {
    public var body: String
    public var protocolNumber: String?
    public var date: LocalDate?
}

/// A term-relative deadline of a regulation.
public struct DeadlineSpec: Sendable {
    public var id: String
    public var title: String
    public var rule: DeadlineRule
    public var location: SourceLocation
}

/// A blank log form (an appendix) printed as a ruled table.
public struct LogForm: Sendable, Identifiable {
    public var id: String
    public var label: String?
    public var title: String
    public var columns: [String]
    public var rows: Int
    public var location: SourceLocation
}

/// A footnote printed under the body as written.
public struct Footnote: Sendable {
    public var mark: String
    public var text: String
}
