import BoardGenDiagnostics
import BoardGenSupport

/// Everything a check found: its findings and one row per required item and place.
public struct CheckResult: Sendable, Codable {
    /// Load, render, publication and content findings, sorted.
    public var diagnostics: [Diagnostic]
    /// One row per required item and place, for the report.
    public var rows: [PublicationRow]
    /// Makes a result.
    public init(diagnostics: [Diagnostic], rows: [PublicationRow]) {
        self.diagnostics = diagnostics
        self.rows = rows
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var hasWarnings: Bool { diagnostics.contains { $0.severity == .warning } }

    /// How many pages the publication report lists per item and place (a contact on 10,000
    /// regulation pages is "published"; listing every page would help nobody).
    package static let pagesListed = 20
}

/// One required item and where it was found (nil: not required there).
public struct PublicationRow: Sendable, Codable {
    /// The content folder, when one report covers several sites.
    public var content: String?
    public var item: String
    public var description: String
    public var audiences: [String]
    public var site: [String]?
    public var board: [String]?

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        content: String? = nil,
        item: String,
        description: String,
        audiences: [String],
        site: [String]? = nil,
        board: [String]? = nil
    ) {
        self.content = content
        self.item = item
        self.description = description
        self.audiences = audiences
        self.site = site
        self.board = board
    }
}
