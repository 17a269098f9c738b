import BoardGenDiagnostics
import ScheduleModel

/// A consultant or responsible staff member.
package struct Person: Sendable, Identifiable {
    package var id: String
    /// The name; seed 002 gives only roles, so it may be absent.
    package var name: String?
    package var role: String?
    package var topics: [String]
    package var room: String?
    package var channels: [Reference]
    /// The weekly slots, from `hours` and `slots`.
    package var slots: [PersonSlot]
    package var exceptions: [TimetableException]
    /// A remark such as "по записи" for a person without fixed hours.
    package var note: String?
    package var location: SourceLocation

    /// The name if known, else the role, else the id.
    package var displayName: String { name ?? role ?? id }

    /// The person's slots as a ScheduleModel timetable.
    package func makeTimetable(validity: DateRange?) -> Timetable {
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
package struct PersonSlot: Sendable {
    package var slot: WeeklySlot
    package var location: SourceLocation

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        slot: WeeklySlot,
        location: SourceLocation
    ) {
        self.slot = slot
        self.location = location
    }
}
