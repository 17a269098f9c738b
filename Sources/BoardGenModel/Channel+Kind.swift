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
        case .sms: "SMS number"
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
        case .sms: "SMS"
        }
    }

    /// True for kinds whose values are long single tokens (addresses) that get a line of their own.
    package var isWide: Bool {
        switch self {
        case .email, .url, .messenger: true
        case .phone, .office, .inApp, .sms: false
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
        case .sms: .sms
        case .office, .inApp: .text
        }
    }
}

extension Channel {
    /// The closed set of value formats: the loader validates by format and the views link by
    /// format, so a new channel kind with an existing format touches only the kind's own files.
    public enum AddressFormat: Sendable, Hashable {
        /// One or more phone numbers with extensions and notes: each number is shown as written (a complete
        /// number normalised), and linked with `tel:` only when it is a complete, valid Russian number.
        case phone
        /// A short number (3–6 digits) or a mobile number, linked with `sms:` and the channel's message.
        case sms
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
