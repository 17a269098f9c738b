import BoardGenDiagnostics
import ScheduleModel

/// A support desk: the school's own help point or the platform's service desk.
package struct Desk: Sendable, Identifiable {
    /// Who runs the desk.
    package enum Operator: String, Sendable, CaseIterable {
        case school
        case platform
    }

    package var id: String
    package var name: String
    package var operatorKind: Operator
    package var channels: [Reference]
    /// When requests are registered.
    package var intake: HoursValue?
    package var intakeNote: String?
    /// When requests are processed.
    package var processing: HoursValue?
    package var outOfHours: String?
    /// nil when not stated; "" when the regulation left a blank (seed 003).
    package var responseTime: Located<String>?
    /// What a caller must tell, per audience (nil audience = everyone).
    package var tell: [TellList]
    package var requirements: [String]
    package var rejectionReasons: [String]
    package var escalatesTo: Reference?
    package var escalationWhen: String?
    /// Who the desk serves; empty means everyone (a regional outage desk may serve only staff).
    package var audiences: [Audience] = []
    /// How soon a request is registered, as written (`registration_time`); nil when not stated.
    package var registrationTime: Located<String>?
    /// The response times as rules boardgen can count: `registration_time` and a `response_time`
    /// that reads as a rule. Either may be nil (not stated, or a wording boardgen cannot count).
    package var responsePolicy = ResponsePolicy()
    package var location: SourceLocation

    /// True when the desk serves `audience`.
    package func serves(_ audience: Audience) -> Bool { audiences.isEmpty || audiences.contains(audience) }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        id: String,
        name: String,
        operatorKind: Operator,
        channels: [Reference],
        intake: HoursValue? = nil,
        intakeNote: String? = nil,
        processing: HoursValue? = nil,
        outOfHours: String? = nil,
        responseTime: Located<String>? = nil,
        tell: [TellList],
        requirements: [String],
        rejectionReasons: [String],
        escalatesTo: Reference? = nil,
        escalationWhen: String? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.operatorKind = operatorKind
        self.channels = channels
        self.intake = intake
        self.intakeNote = intakeNote
        self.processing = processing
        self.outOfHours = outOfHours
        self.responseTime = responseTime
        self.tell = tell
        self.requirements = requirements
        self.rejectionReasons = rejectionReasons
        self.escalatesTo = escalatesTo
        self.escalationWhen = escalationWhen
        self.location = location
    }
}

/// What one audience must tell a desk.
package struct TellList: Sendable {
    /// nil means everyone (`all`).
    package var audience: Audience?
    package var items: [String]

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        audience: Audience? = nil,
        items: [String]
    ) {
        self.audience = audience
        self.items = items
    }
}
