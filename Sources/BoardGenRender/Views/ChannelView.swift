import BoardGenSupport

/// A channel as templates see it.
package struct ChannelView: Sendable, Encodable {
    package var id: String
    /// `contact:<id>`: the machine-readable mark `boardgen check` looks for.
    package var item: String
    /// The kind's raw name (`phone`, `email`, …), for CSS classes.
    package var kind: String
    /// True for values that should not wrap (e-mails and web addresses): they take a full row on a notice.
    package var isWide: Bool
    package var kindLabel: String
    package var label: String?
    /// The text to show (normalised phone, address, room): the parts' texts joined.
    package var display: String
    /// The first link (`tel:`, `sms:`, `mailto:`, `https:`), if the channel has one.
    package var href: String?
    /// schema.org property: telephone, email, url, address, or nil.
    package var itemprop: String?
    package var isPhone: Bool
    package var isMissing: Bool
    package var missingNote: String?
    package var hours: String?
    /// Fixed times ("по средам в 11:00"), shown under their own label; nil for opening hours.
    package var events: String? = nil
    package var note: String?
    package var audiences: String
    /// The value as templates render it: links and plain text, in order (`display` split up), so
    /// that a value with several numbers links each number and keeps its notes as text.
    package var parts: [Part] = []
    /// schema.org: the organization that answers on this channel when it is not the school (the platform's
    /// service desk, by the name of the desk that lists it), nil for the school's own channels.
    package var operatorName: String?
    /// schema.org `contactType`: what the channel is for ("Телефон: Учебная часть").
    package var contactType: String = ""
    /// schema.org `hoursAvailable`: one OpeningHoursSpecification per day and time range.
    package var openingHours: [OpeningHoursView] = []
    /// The school's own telephone numbers and e-mail addresses on this channel, under the names Rosobrnadzor's
    /// recommendations use on the school's item (`telephone`, `email`); empty for another operator's channel.
    package var schoolProperties: [SchoolProperty] = []

    /// A schema.org OpeningHoursSpecification: a day (`Monday`) with its opening and closing times.
    package struct OpeningHoursView: Sendable, Hashable, Encodable {
        package var dayOfWeek: String
        package var opens: String
        package var closes: String
    }

    /// A property of the school's item repeated from a channel: its name and value.
    package struct SchoolProperty: Sendable, Hashable, Encodable {
        package var schoolItemprop: String
        package var schoolContent: String
    }

    /// One stretch of the value. The fields have names of their own: a template looks a missing
    /// field up in the enclosing channel, so `href` here would pick up the channel's link.
    package struct Part: Sendable, Hashable, Encodable {
        /// The text as shown.
        package var partText: String
        /// Its link, if it is one.
        package var partHref: String?
        /// The schema.org property of a value (`telephone`, `email`), nil for plain text.
        package var partItemprop: String?
        /// True for text around the value (a separator, a note), written without an element of its own.
        package var isPlainText: Bool
        /// `partItemprop` when the value is the school's own: an inline contact in the page's text gives
        /// the School item its `telephone` or `email`; nil on another operator's channel.
        package var schoolItemprop: String? = nil

        /// A value: linked when `href` is given, an element with `itemprop` either way.
        package static func value(_ text: String, href: String?, itemprop: String?) -> Part {
            Part(partText: text, partHref: href, partItemprop: itemprop, isPlainText: false)
        }

        /// Text kept as written around the value.
        package static func plain(_ text: String) -> Part {
            Part(partText: text, partHref: nil, partItemprop: nil, isPlainText: true)
        }
    }

    /// The links of the value, in order: (address, text shown).
    package var links: [(href: String, text: String)] {
        parts.compactMap { part in part.partHref.map { ($0, part.partText) } }
    }
}
