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
}

/// What one audience must tell a desk.
public struct TellList: Sendable {
    /// nil means everyone (`all`).
    public var audience: Audience?
    public var items: [String]
}
