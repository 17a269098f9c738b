import BoardGenModel
import BoardGenSupport

/// A regulation as templates see it.
package struct RegulationView: Sendable {
    package var id: String
    package var item: String
    package var title: String
    package var href: String
    package var audiences: String
    package var approval: ApprovalView?
    package var bodyHTML: String
    package var deadlines: DeadlineTable
    package var hasDeadlines: Bool
    /// The mark of the deadlines table (`deadlines:<regulation>`).
    package var deadlinesItem: String
    package var appendices: [FormView]
    package var footnotes: [Footnote]
}

/// The approval block ("Утверждено приказом № 143 от 06.06.2018").
package struct ApprovalView: Sendable {
    package var item: String
    package var preamble: String?
    package var heading: String?
    package var position: String?
    package var name: String?
    /// "Утверждено приказом № 143 от 06.06.2018".
    package var line: String?
    package var adoptions: [String]
    /// The stamps exactly as the document prints them; when present the page shows only these.
    package var stamps: [StampView] = []
    package var hasStamps: Bool { !stamps.isEmpty }
}

/// One printed block of an approval, its lines as written.
package struct StampView: Sendable {
    package var side: String
    package var isSignature: Bool
    package var lines: [String]
}

/// A deadline with its dates per term.
package struct DeadlineView: Sendable {
    package var title: String
    package var rule: String
    package var dates: [TermDate]

    /// One term's date.
    package struct TermDate: Sendable {
        package var term: String
        package var date: String
        package var iso: String
    }
}

/// A blank log form with its empty rows.
package struct FormView: Sendable, Encodable {
    package var id: String
    package var item: String
    package var label: String?
    package var title: String
    package var columns: [String]
    package var rows: [FormRow]

    /// One ruled empty row.
    package struct FormRow: Sendable, Encodable {
        package var cells: [String]
    }
}

/// All term-relative deadlines of a regulation in one table: a row per term, a column per rule;
/// rules without dates ("at least once a week") are listed as text.
package struct DeadlineTable: Sendable, Encodable {
    package var columns: [String]
    package var rows: [Row]
    package var hasRows: Bool
    package var recurring: [String]

    /// One term's dates, in column order.
    package struct Row: Sendable, Encodable {
        package var term: String
        package var dates: [Cell]
    }

    /// One date cell.
    package struct Cell: Sendable, Encodable {
        package var date: String
        package var iso: String
    }
}
