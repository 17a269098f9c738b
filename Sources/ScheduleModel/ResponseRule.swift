import Foundation

/// A response time from a regulation, counted from a request: when it must be registered or
/// answered. "в день поступления", "не позднее следующего рабочего дня", "не позднее 2 часов
/// первого рабочего дня, следующего за днём обращения", "в течение 10 рабочих дней с даты регистрации",
/// "в течение 30 дней со дня регистрации".
///
/// Periods follow the Civil Code: a period in days starts the day after its anchor (art. 191), a
/// last day that is not a working day moves to the next working day (art. 193), and a period ends
/// when the office's working hours end that day (art. 194). Working days are those of the production
/// calendar on which the office has hours.
public struct ResponseRule: Hashable, Sendable {
    /// What a rule is counted from.
    public enum Anchor: String, Hashable, Sendable, CaseIterable {
        /// The moment the person sent the request, and that calendar day ("день обращения").
        case submission
        /// The first moment of working hours at or after the submission, and its day ("день поступления").
        case receipt
        /// The registration ("дата регистрации"): the registration deadline, or the receipt without a
        /// registration rule.
        case registration
    }

    /// The unit of a `within` period.
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        /// Working days of the production calendar (the anchor day not counted).
        case workingDays
        /// Calendar days (the anchor day not counted; a day off at the end moves to the next working day).
        case days
        /// Working hours of the office.
        case workingHours
        /// Hours on the clock.
        case hours
    }

    /// The kinds of rule.
    public enum Kind: Hashable, Sendable {
        /// By the end of working hours of the anchor day; an anchor outside working hours counts from the
        /// next working moment ("при поступлении в нерабочее время — на следующий рабочий день").
        case sameDay
        /// By the end of working hours of the first working day after the anchor day.
        case nextWorkingDay
        /// Within `hours` working hours from the start of the first working day after the anchor day.
        case hoursIntoNextWorkingDay(hours: Int)
        /// Within `amount` `unit` after the anchor.
        case within(amount: Int, unit: Unit)
    }

    /// The rule.
    public var kind: Kind
    /// What it is counted from.
    public var anchor: Anchor

    /// Creates a rule; the anchor defaults to the receipt.
    public init(kind: Kind, anchor: Anchor = .receipt) {
        self.kind = kind
        self.anchor = anchor
    }

    /// The deadline counted from an anchor instant (its day is its local date at the office), or
    /// `nil` when the office has no working day within about a year.
    public func due(from instant: Date, office: ResponseOffice) -> Date? {
        let day = office.calendar.localDate(of: instant)
        switch kind {
        case .sameDay:
            let start = office.firstWorkingInstant(atOrAfter: instant)
            return start.map { office.calendar.localDate(of: $0) }.flatMap(office.endOfWorkingDay)
        case .nextWorkingDay:
            return office.workingDay(after: day, count: 1).flatMap(office.endOfWorkingDay)
        case let .hoursIntoNextWorkingDay(hours):
            guard let next = office.workingDay(after: day, count: 1), let start = office.startOfWorkingDay(next)
            else { return nil }
            return office.addingWorkingTime(minutes: hours * 60, to: start)
        case let .within(amount, unit):
            return due(within: amount, unit, from: instant, day: day, office: office)
        }
    }
}

private extension ResponseRule {
    func due(within amount: Int, _ unit: Unit, from instant: Date, day: LocalDate, office: ResponseOffice) -> Date? {
        switch unit {
        case .workingDays:
            return office.workingDay(after: day, count: amount).flatMap(office.endOfWorkingDay)
        case .days:
            let last = day.adding(days: amount)
            let working = office.isWorkingDay(last) ? last : office.workingDay(after: last, count: 1)
            return working.flatMap(office.endOfWorkingDay)
        case .hours:
            return instant.addingTimeInterval(Double(amount) * 3600)
        case .workingHours:
            return office.addingWorkingTime(minutes: amount * 60, to: instant)
        }
    }
}
