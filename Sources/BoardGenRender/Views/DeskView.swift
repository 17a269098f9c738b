/// A support desk as templates see it.
public struct DeskView: Sendable {
    public var id: String
    /// The HTML id of the section (`desk-<id>`); nil on notices, where one desk may appear twice.
    public var anchor: String?
    public var item: String
    public var name: String
    public var isPlatform: Bool
    public var channels: [ChannelView]
    public var intake: String?
    public var intakeOSM: String?
    public var intakeNote: String?
    public var processing: String?
    public var processingOSM: String?
    public var outOfHours: String?
    public var hasResponseTime: Bool
    public var responseTime: String?
    public var responseTimeIsBlank: Bool
    public var tell: [TellView]
    public var requirements: [String]
    public var rejectionReasons: [String]
    public var escalation: EscalationView?
}

/// What one audience must tell a desk.
public struct TellView: Sendable {
    public var item: String
    public var audience: String
    public var items: [String]
}

/// Where to go next when the desk cannot help.
public struct EscalationView: Sendable {
    public var deskName: String
    public var deskID: String
    public var when: String?
}
