import BoardGenDiagnostics
import BoardGenSupport

/// A way to reach help: a phone, an SMS number, an e-mail address, an office, the journal's own mail, ...
package struct Channel: Sendable, Identifiable {
    /// What kind of channel it is.
    package enum Kind: String, Sendable, CaseIterable {
        case phone
        case email
        case office
        case inApp = "in_app"
        case url
        case messenger
        case sms
    }

    /// The address of the channel, or the fact that the regulation left it out.
    package enum Address: Sendable, Hashable {
        /// The value as written, e.g. `+7-978-711-67-53`.
        case given(String)
        /// Announced but not given; the text explains (`номер указан на Портале`).
        case missing(String)
    }

    package var id: String
    package var kind: Kind
    package var address: Address
    package var label: String?
    package var audiences: [Audience]
    package var hours: HoursValue?
    /// Fixed times written under `hours` ("по средам в 11:00"): when the channel is live, not opening hours.
    package var events: EventTimesValue?
    package var note: String?
    /// The text to send, for an SMS channel (`баланс 12345`); nil for every other kind.
    package var message: String?
    /// Where the channel is defined.
    package var location: SourceLocation
    /// Where its value (or `missing`) is written.
    package var valueLocation: SourceLocation

    /// The value, if given.
    package var value: String? {
        if case .given(let value) = address { return value }
        return nil
    }

    /// True when the address was announced but not given.
    package var isMissing: Bool { value == nil }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        id: String,
        kind: Kind,
        address: Address,
        label: String? = nil,
        audiences: [Audience],
        hours: HoursValue? = nil,
        note: String? = nil,
        message: String? = nil,
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
        self.message = message
        self.location = location
        self.valueLocation = valueLocation
    }
}
