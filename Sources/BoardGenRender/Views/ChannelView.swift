import BoardGenSupport

/// A channel as templates see it.
public struct ChannelView: Sendable {
    public var id: String
    /// `contact:<id>`: the machine-readable mark `boardgen check` looks for.
    public var item: String
    /// The kind's raw name (`phone`, `email`, …), for CSS classes.
    public var kind: String
    /// True for values that should not wrap (e-mails and web addresses): they take a full row on a notice.
    public var isWide: Bool
    public var kindLabel: String
    public var label: String?
    /// The text to show (normalised phone, address, room).
    public var display: String
    /// A link (`tel:`, `mailto:`, `https:`), if the channel has one.
    public var href: String?
    /// schema.org property: telephone, email, url, address, or nil.
    public var itemprop: String?
    public var isPhone: Bool
    public var isMissing: Bool
    public var missingNote: String?
    public var hours: String?
    public var note: String?
    public var audiences: String
}
