import BoardGenSupport

/// A timetable laid out for templates: a grid (days × rows) and a per-person list.
public struct TimetableView: Sendable {
    public var id: String
    /// The HTML id of the section (`timetable-<id>`); nil on notices.
    public var anchor: String?
    public var item: String
    public var title: String
    public var isGrid: Bool
    public var isList: Bool
    public var isPublished: Bool
    public var note: String?
    public var validity: String?
    public var days: [String]
    public var gridRows: [GridRow]
    public var listRows: [ListRow]
    public var feedHref: String?

    /// One row of the grid: a room and a person, one cell per day.
    public struct GridRow: Sendable {
        public var room: String
        public var who: String
        public var personItem: String
        public var cells: [GridCell]
    }

    /// One cell: the time ranges of that day, possibly empty.
    public struct GridCell: Sendable {
        public var text: String
        public var isEmpty: Bool
    }

    /// One person of the list layout.
    public struct ListRow: Sendable {
        public var id: String
        public var personItem: String
        public var name: String
        public var role: String?
        public var topics: [String]
        public var hours: String
        public var room: String?
        public var feedHref: String
    }
}
