extension Channel.Kind {
    /// The English noun used in findings ("no phone number is given for parents").
    package var noun: String {
        switch self {
        case .phone: "phone number"
        case .email: "e-mail address"
        case .office: "office"
        case .inApp: "journal mail channel"
        case .url: "web address"
        case .messenger: "messenger channel"
        }
    }

    /// The short English name in the check report ("phone +7 … for parents").
    package var shortNoun: String {
        switch self {
        case .phone: "phone"
        case .email: "e-mail"
        case .office: "office"
        case .inApp: "journal mail"
        case .url: "website"
        case .messenger: "messenger"
        }
    }

    /// True for kinds whose values are long single tokens (addresses) that get a line of their own.
    package var isWide: Bool {
        switch self {
        case .email, .url, .messenger: true
        case .phone, .office, .inApp: false
        }
    }
}

extension Channel.Kind {
    /// How values of this kind are written, checked and linked; several kinds share a format.
    public var format: Channel.AddressFormat {
        switch self {
        case .phone: .phone
        case .email: .email
        case .url: .webAddress
        case .messenger: .handleOrWebAddress
        case .office, .inApp: .text
        }
    }
}

extension Channel {
    /// The closed set of value formats: the loader validates by format and the views link by
    /// format, so a new channel kind with an existing format touches only the kind's own files.
    public enum AddressFormat: Sendable, Hashable {
        /// A phone number: validated, shown normalised, linked with `tel:` when complete.
        case phone
        /// An e-mail address: validated, linked with `mailto:`.
        case email
        /// An absolute http(s) address: validated, linked as is.
        case webAddress
        /// A messenger handle or a web address: linked only when it is a web address.
        case handleOrWebAddress
        /// Free text (an office, the journal's mail): shown as written.
        case text
    }
}
