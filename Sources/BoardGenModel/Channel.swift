import BoardGenDiagnostics
import BoardGenSupport

/// A way to reach help: a phone, an e-mail address, an office, the journal's own mail, ...
public struct Channel: Sendable, Identifiable {
    /// What kind of channel it is.
    public enum Kind: String, Sendable, CaseIterable {
        case phone
        case email
        case office
        case inApp = "in_app"
        case url
        case messenger
    }

    /// The address of the channel, or the fact that the regulation left it out.
    public enum Address: Sendable, Hashable {
        /// The value as written, e.g. `+7-978-711-67-53`.
        case given(String)
        /// Announced but not given; the text explains (`номер указан на Портале`).
        case missing(String)
    }

    public var id: String
    public var kind: Kind
    public var address: Address
    public var label: String?
    public var audiences: [Audience]
    public var hours: HoursValue?
    public var note: String?
    /// Where the channel is defined.
    public var location: SourceLocation
    /// Where its value (or `missing`) is written.
    public var valueLocation: SourceLocation

    /// The value, if given.
    public var value: String? {
        if case .given(let value) = address { return value }
        return nil
    }

    /// True when the address was announced but not given.
    public var isMissing: Bool { value == nil }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        id: String,
        kind: Kind,
        address: Address,
        label: String? = nil,
        audiences: [Audience],
        hours: HoursValue? = nil,
        note: String? = nil,
        location: SourceLocation,
        valueLocation: SourceLocation
    ) {
        self.id = id
        self.kind = kind
        self.address = address
        self.label = label
        self.audiences = audiences
        self.hours = hours
        self.note = note
        self.location = location
        self.valueLocation = valueLocation
    }
}
