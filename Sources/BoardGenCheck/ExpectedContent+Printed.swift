extension ExpectedContent {
    /// The texts a printed sheet must hold for the item: a channel's value, the hours, every
    /// non-empty timetable cell, every approval line.
    package var printedTexts: [String] {
        switch self {
        case .value(let text, _), .hours(let text, _): [text]
        case .rows(let rows, _):
            Array(Set(rows.values.flatMap { $0.flatMap { $0 } }.filter { !$0.isEmpty })).sorted()
        case .lines(let lines): lines
        }
    }
}
