import Foundation

/// A person's (or a room's) weekly timetable: consultation slots, a validity range and dated exceptions.
public struct Timetable: Hashable, Sendable, Identifiable {
    /// Stable identifier, used for iCalendar UIDs ("abzhelova").
    public var id: String
    /// Who holds the slots ("Абжелова А.Д"); used to find a person booked twice.
    public var person: String?
    /// The weekly slots.
    public var slots: [WeeklySlot]
    /// When the timetable applies (a school year, a term); `nil` for always.
    public var validity: DateRange?
    /// Cancellations and extra slots on given dates.
    public var exceptions: [TimetableException]
    /// Skip non-working days of the production calendar, and on a transferred working
    /// Saturday hold the slots of the weekday it stands in for (true by default).
    public var followsProductionCalendar: Bool
    /// Skip school vacations of the calendar's school year (true by default).
    public var skipsVacations: Bool

    /// Creates a timetable.
    public init(
        id: String,
        person: String? = nil,
        slots: [WeeklySlot],
        validity: DateRange? = nil,
        exceptions: [TimetableException] = [],
        followsProductionCalendar: Bool = true,
        skipsVacations: Bool = true
    ) {
        self.id = id
        self.person = person
        self.slots = slots
        self.validity = validity
        self.exceptions = exceptions
        self.followsProductionCalendar = followsProductionCalendar
        self.skipsVacations = skipsVacations
    }
}

extension Timetable {
    /// A timetable from a notation's weekly pattern: "пон., ср. 14.00-16.00" in a room.
    public init(id: String, person: String? = nil, hours: OpeningHours, room: String? = nil, validity: DateRange? = nil)
    {
        self.init(id: id, person: person, slots: hours.makeSlots(room: room), validity: validity)
    }
}

/// One weekly slot: a day, a time range, where and a note.
public struct WeeklySlot: Hashable, Sendable {
    /// The weekday.
    public var day: Weekday
    /// The time range.
    public var range: TimeRange
    /// The room ("Каб. информатики").
    public var room: String?
    /// A note ("регистрация учащихся").
    public var note: String?

    /// Creates a slot.
    public init(day: Weekday, range: TimeRange, room: String? = nil, note: String? = nil) {
        self.day = day
        self.range = range
        self.room = room
        self.note = note
    }
}

/// A dated change to a timetable.
public enum TimetableException: Hashable, Sendable {
    /// Nothing on that date (`range == nil`) or only the slot with that range is cancelled.
    case cancelled(date: LocalDate, range: TimeRange?, note: String?)
    /// An additional slot on that date.
    case extra(date: LocalDate, range: TimeRange, room: String?, note: String?)

    /// The date the exception applies to.
    public var date: LocalDate {
        switch self {
        case let .cancelled(date, _, _), let .extra(date, _, _, _): return date
        }
    }
}

/// One concrete occurrence of a slot on a date.
public struct Occurrence: Hashable, Sendable, Comparable {
    /// The owning timetable's id.
    public var timetableID: String
    /// The local date the occurrence starts on.
    public var date: LocalDate
    /// The wall-clock range.
    public var range: TimeRange
    /// The start instant.
    public var start: Date
    /// The end instant.
    public var end: Date
    /// The room, if any.
    public var room: String?
    /// The note, if any.
    public var note: String?
    /// The weekly slot it comes from; `nil` for an extra slot.
    public var slot: WeeklySlot?

    /// Whether it comes from an `extra` exception rather than a weekly slot.
    public var isExtra: Bool { slot == nil }

    /// Orders by start, then end, then timetable.
    public static func < (lhs: Occurrence, rhs: Occurrence) -> Bool {
        (lhs.start, lhs.end, lhs.timetableID) < (rhs.start, rhs.end, rhs.timetableID)
    }
}

extension OpeningHours {
    /// The weekly pattern as slots in a room: "пон., ср. 14.00-16.00" becomes two slots. The ranges are
    /// taken as stated: for a value with a `zone` ("по московскому времени"), call `localized(to:at:)` with
    /// the school's zone first.
    public func makeSlots(room: String? = nil, note: String? = nil) -> [WeeklySlot] {
        Weekday.allCases.flatMap { day in
            weeklyRanges(on: day).map { WeeklySlot(day: day, range: $0, room: room, note: note ?? self.note) }
        }
    }
}
