import BoardGenDiagnostics

/// A support desk: the school's own help point or the platform's service desk.
public struct Desk: Sendable, Identifiable {
    /// Who runs the desk.
    public enum Operator: String, Sendable, CaseIterable {
        case school
        case platform
    }

    public var id: String
    public var name: String
    public var operatorKind: Operator
    public var channels: [Reference]
    /// When requests are registered.
    public var intake: HoursValue?
    public var intakeNote: String?
    /// When requests are processed.
    public var processing: HoursValue?
    public var outOfHours: String?
    /// nil when not stated; "" when the regulation left a blank (seed 003).
    public var responseTime: Located<String>?
    /// What a caller must tell, per audience (nil audience = everyone).
    public var tell: [TellList]
    public var requirements: [String]
    public var rejectionReasons: [String]
    public var escalatesTo: Reference?
    public var escalationWhen: String?
    public var location: SourceLocation

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
public struct TellList: Sendable {
    /// nil means everyone (`all`).
    public var audience: Audience?
    public var items: [String]

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        audience: Audience? = nil,
        items: [String]
    ) {
        self.audience = audience
        self.items = items
    }
}
