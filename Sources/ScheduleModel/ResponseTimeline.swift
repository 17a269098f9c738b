import Foundation

/// A regulation's response times for a request: how soon it is registered and how soon it is
/// answered ("регистрируется в день поступления; ответ в течение 10 рабочих дней с даты регистрации").
public struct ResponsePolicy: Hashable, Sendable {
    /// The registration deadline, if the regulation states one.
    public var registration: ResponseRule?
    /// The answer deadline, if the regulation states one.
    public var answer: ResponseRule?

    /// Creates a policy.
    public init(registration: ResponseRule? = nil, answer: ResponseRule? = nil) {
        self.registration = registration
        self.answer = answer
    }

    /// The dates of a request sent at `submitted`. The registration rule counts from the submission or
    /// the receipt (a registration anchor there means the receipt); the answer rule from any of the
    /// three, the registration being the latest moment the registration rule allows.
    public func timeline(for submitted: Date, office: ResponseOffice) -> ResponseTimeline {
        let received = office.firstWorkingInstant(atOrAfter: submitted)
        let registered = registration.flatMap { rule in
            anchorInstant(rule.anchor == .submission ? .submission : .receipt, submitted, received, nil)
                .flatMap { rule.due(from: $0, office: office) }
        }
        let answered = answer.flatMap { rule in
            anchorInstant(rule.anchor, submitted, received, registered ?? received)
                .flatMap { rule.due(from: $0, office: office) }
        }
        return ResponseTimeline(
            submitted: submitted, received: received, registrationDue: registered, answerDue: answered,
            timeZone: office.calendar.timeZone)
    }
}

private extension ResponsePolicy {
    func anchorInstant(
        _ anchor: ResponseRule.Anchor, _ submitted: Date, _ received: Date?, _ registered: Date?
    ) -> Date? {
        switch anchor {
        case .submission: submitted
        case .receipt: received
        case .registration: registered
        }
    }
}

/// The dates of one request: sent, received (the first working moment at or after sending),
/// registered by, answered by. A `nil` date could not be found within about a year (an office
/// without working days) or has no rule.
public struct ResponseTimeline: Hashable, Sendable {
    /// When the person sent the request.
    public var submitted: Date
    /// The first moment of working hours at or after `submitted`.
    public var received: Date?
    /// The latest moment the registration rule allows.
    public var registrationDue: Date?
    /// The latest moment the answer rule allows.
    public var answerDue: Date?
    /// The school's zone, in which the dates are told.
    public var timeZone: TimeZone
}
