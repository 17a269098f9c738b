import BoardGenModel
import BoardGenSupport

/// A regulation as templates see it.
public struct RegulationView: Sendable {
    public var id: String
    public var item: String
    public var title: String
    public var href: String
    public var audiences: String
    public var approval: ApprovalView?
    public var bodyHTML: String
    public var deadlines: DeadlineTable
    public var hasDeadlines: Bool
    public var appendices: [FormView]
    public var footnotes: [Footnote]
}

/// The approval block ("Утверждено приказом № 143 от 06.06.2018").
public struct ApprovalView: Sendable {
    public var item: String
    public var preamble: String?
    public var heading: String?
    public var position: String?
    public var name: String?
    /// "Утверждено приказом № 143 от 06.06.2018".
    public var line: String?
    public var adoptions: [String]
}

/// A deadline with its dates per term.
public struct DeadlineView: Sendable {
    public var title: String
    public var rule: String
    public var dates: [TermDate]

    /// One term's date.
    public struct TermDate: Sendable {
        public var term: String
        public var date: String
        public var iso: String
    }
}

/// A blank log form with its empty rows.
public struct FormView: Sendable {
    public var id: String
    public var label: String?
    public var title: String
    public var columns: [String]
    public var rows: [FormRow]

    /// One ruled empty row.
    public struct FormRow: Sendable {
        public var cells: [String]
    }
}

/// All term-relative deadlines of a regulation in one table: a row per term, a column per rule;
/// rules without dates ("at least once a week") are listed as text.
public struct DeadlineTable: Sendable {
    public var columns: [String]
    public var rows: [Row]
    public var hasRows: Bool
    public var recurring: [String]

    /// One term's dates, in column order.
    public struct Row: Sendable {
        public var term: String
        public var dates: [Cell]
    }

    /// One date cell.
    public struct Cell: Sendable {
        public var date: String
        public var iso: String
    }
}
