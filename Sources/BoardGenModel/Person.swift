import BoardGenDiagnostics
import ScheduleModel

/// A consultant or responsible staff member.
public struct Person: Sendable, Identifiable {
    public var id: String
    /// The name; seed 002 gives only roles, so it may be absent.
    public var name: String?
    public var role: String?
    public var topics: [String]
    public var room: String?
    public var channels: [Reference]
    /// The weekly slots, from `hours` and `slots`.
    public var slots: [PersonSlot]
    public var exceptions: [TimetableException]
    /// A remark such as "по записи" for a person without fixed hours.
    public var note: String?
    public var location: SourceLocation

    /// The name if known, else the role, else the id.
    public var displayName: String { name ?? role ?? id }

    /// The person's slots as a ScheduleModel timetable.
    public func makeTimetable(validity: DateRange?) -> Timetable {
        Timetable(id: id, person: displayName, slots: slots.map(\.slot), validity: validity, exceptions: exceptions)
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        id: String,
        name: String? = nil,
        role: String? = nil,
        topics: [String],
        room: String? = nil,
        channels: [Reference],
        slots: [PersonSlot],
        exceptions: [TimetableException],
        note: String? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.topics = topics
        self.room = room
        self.channels = channels
        self.slots = slots
        self.exceptions = exceptions
        self.note = note
        self.location = location
    }
}

/// One weekly slot of a person, with the notation it came from.
public struct PersonSlot: Sendable {
    public var slot: WeeklySlot
    public var location: SourceLocation

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        slot: WeeklySlot,
        location: SourceLocation
    ) {
        self.slot = slot
        self.location = location
    }
}
