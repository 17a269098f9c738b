/// A support desk as templates see it.
package struct DeskView: Sendable, Encodable {
    package var id: String
    /// The HTML id of the section (`desk-<id>`); nil on notices, where one desk may appear twice.
    package var anchor: String?
    package var item: String
    package var name: String
    package var isPlatform: Bool
    package var channels: [ChannelView]
    package var intake: String?
    /// The marks of the two layers of hours (`hours:<desk>:intake`).
    package var intakeItem: String
    package var processingItem: String
    package var intakeOSM: String?
    package var intakeNote: String?
    package var processing: String?
    package var processingOSM: String?
    package var outOfHours: String?
    package var hasResponseTime: Bool
    package var responseTime: String?
    package var responseTimeIsBlank: Bool
    /// `registration_time` as written.
    package var registrationTime: String? = nil
    /// The response times worked through for one concrete request, shown beside the school's wording
    /// as an example: "обращение в субботу, 28.11.2026, в 10:00 → поступило в понедельник, …".
    package var responseExample: String? = nil
    package var tell: [TellView]
    package var requirements: [String]
    package var rejectionReasons: [String]
    package var escalation: EscalationView?
}

/// What one audience must tell a desk.
package struct TellView: Sendable, Encodable {
    package var item: String
    package var audience: String
    package var items: [String]
}

/// Where to go next when the desk cannot help.
package struct EscalationView: Sendable, Encodable {
    package var deskName: String
    package var deskID: String
    package var when: String?
}
