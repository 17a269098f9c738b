import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport

/// One item the policy requires to be published: what a reader must see, and where.
package struct Requirement: Sendable {
    /// The item; pages carry its mark.
    package var item: PublishedItem
    /// The audiences it is required for.
    package var audiences: [Audience]
    /// A short human description ("phone +7 928 803-63-55 for parents").
    package var description: String
    /// Where it must appear.
    package var places: [PublicationPolicy.Place]
    /// What the marked element must show, judged on the parsed page.
    package var expected: ExpectedContent
    /// The content that defines it.
    var contentLocation: SourceLocation
    /// The view field that writes the item's mark (`item`, `intakeItem`), and the one that
    /// writes its value (`display`, `intake`): a gap is pointed at the template line using them.
    var markField: String
    var valueField: String
}

/// What a required item's marked element must show a reader, exactly.
package enum ExpectedContent: Sendable, Hashable {
    /// A channel: the value as displayed and its links, each the exact `tel:`/`sms:`/`mailto:`/web
    /// address it must dial or open and the text it is shown on (several numbers, several links).
    case value(text: String, links: [ExpectedLink])
    /// A layer of desk hours: the hours as written, optionally followed by a note in parentheses.
    case hours(text: String, note: String?)
    /// A timetable: for each person, their rows in order, each row the texts of its data cells in
    /// order (an empty cell is ""); `days` are the day columns' headings of a grid, in order.
    case rows([PublishedItem: [[String]]], days: [String])
    /// An approval: each line must be the whole visible text of one element.
    case lines([String])
}

/// A link a value must show: its address and the text it is shown on.
package struct ExpectedLink: Sendable, Hashable {
    package var href: String
    package var text: String

    package init(href: String, text: String) {
        self.href = href
        self.text = text
    }
}
