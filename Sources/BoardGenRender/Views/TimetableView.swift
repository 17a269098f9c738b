import BoardGenSupport

/// A timetable laid out for templates: a grid (days × rows) and a per-person list.
package struct TimetableView: Sendable, Encodable {
    package var id: String
    /// The HTML id of the section (`timetable-<id>`); nil on notices.
    package var anchor: String?
    package var item: String
    package var title: String
    package var isGrid: Bool
    package var isList: Bool
    package var isPublished: Bool
    package var note: String?
    package var validity: String?
    package var days: [String]
    package var gridRows: [GridRow]
    package var listRows: [ListRow]
    package var feedHref: String?

    /// One row of the grid: a room and a person, one cell per day.
    package struct GridRow: Sendable, Encodable {
        package var room: String
        package var who: String
        package var personItem: String
        package var cells: [GridCell]
    }

    /// One cell: the time ranges of that day, possibly empty.
    package struct GridCell: Sendable, Encodable {
        package var text: String
        package var isEmpty: Bool
        /// The cell's text in unbreakable pieces ("14:00–15:00," and "16:00–17:00"): a line may wrap between
        /// two time ranges, never inside one. Joined by spaces they read as `text`.
        package var pieces: [String] = []
    }

    /// One person of the list layout.
    package struct ListRow: Sendable, Encodable {
        package var id: String
        package var personItem: String
        package var name: String
        package var role: String?
        package var topics: [String]
        package var hours: String
        package var room: String?
        package var feedHref: String
    }
}
