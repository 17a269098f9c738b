import BoardGenSupport

/// A channel as templates see it.
package struct ChannelView: Sendable {
    package var id: String
    /// `contact:<id>`: the machine-readable mark `boardgen check` looks for.
    package var item: String
    /// The kind's raw name (`phone`, `email`, …), for CSS classes.
    package var kind: String
    /// True for values that should not wrap (e-mails and web addresses): they take a full row on a notice.
    package var isWide: Bool
    package var kindLabel: String
    package var label: String?
    /// The text to show (normalised phone, address, room).
    package var display: String
    /// A link (`tel:`, `mailto:`, `https:`), if the channel has one.
    package var href: String?
    /// schema.org property: telephone, email, url, address, or nil.
    package var itemprop: String?
    package var isPhone: Bool
    package var isMissing: Bool
    package var missingNote: String?
    package var hours: String?
    package var note: String?
    package var audiences: String
}
