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
