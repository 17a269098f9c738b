import BoardGenDiagnostics
import BoardGenModel
import ScheduleModel

/// Content rules for published timetables: they have people, and a grid shows all of their slots.
extension ContentChecker {
    /// BG412: a published timetable that lists nobody, or only ids that people.yaml does not define
    /// (those references are BG107 as well), so readers find an empty timetable.
    func timetablesWithoutPeople() -> [Diagnostic] {
        site.timetables.filter(\.isPublished).compactMap { timetable -> Diagnostic? in
            guard !timetable.people.contains(where: { site.person($0.id) != nil }) else { return nil }
            var finding = Diagnostic(
                .timetableWithoutPeople, peoplelessMessage(timetable),
                at: timetable.people.first?.location ?? timetable.location)
            finding.item = PublishedItem.timetable(timetable.id).mark
            return finding
        }
    }

    /// BG413: a grid whose `days:` leave out a weekday on which one of its people has slots; the
    /// grid has no column for that day, so those slots would not be shown anywhere in it.
    func gridDaysDroppingSlots() -> [Diagnostic] {
        site.timetables.filter { $0.isPublished && $0.layout == .grid }.compactMap { timetable -> Diagnostic? in
            guard let days = timetable.days else { return nil }
            let dropped = droppedSlots(of: timetable, shown: Set(days))
            guard !dropped.isEmpty else { return nil }
            var finding = Diagnostic(
                .gridDaysDropSlots, droppedSlotsMessage(timetable, days: days, dropped: dropped),
                at: timetable.location)
            finding.item = PublishedItem.timetable(timetable.id).mark
            return finding
        }
    }
}

private extension ContentChecker {
    /// A person of a grid and their slots on days the grid does not show.
    struct DroppedSlots {
        var person: Person
        var slots: [WeeklySlot]
    }

    /// Weekday names as the site's `days:` lists them ("пн", "Mon").
    func dayName(_ day: Weekday) -> String {
        switch site.settings.language {
        case .ru: day.shortName(.ru).lowercased()
        case .en: day.shortName(.en)
        }
    }

    func peoplelessMessage(_ timetable: TimetableDefinition) -> String {
        let emptiness: String
        if timetable.people.isEmpty {
            emptiness = "lists no people"
        } else {
            let ids = timetable.people.map { "'\($0.id)'" }.joined(separator: ", ")
            emptiness = "lists only people that people.yaml does not define (\(ids))"
        }
        return "timetable '\(timetable.id)' is published but \(emptiness), so readers find an empty timetable; "
            + "list the consultants' ids under 'people' (each defined in people.yaml with hours or slots), "
            + "or set published: false until the timetable is known"
    }

    /// The slots of the timetable's people (each person once, in the timetable's order) on days not shown.
    func droppedSlots(of timetable: TimetableDefinition, shown: Set<Weekday>) -> [DroppedSlots] {
        var seen = Set<String>()
        return timetable.people.compactMap { reference -> DroppedSlots? in
            guard seen.insert(reference.id).inserted, let person = site.person(reference.id) else { return nil }
            let slots = person.slots.map(\.slot).filter { !shown.contains($0.day) }
            return slots.isEmpty ? nil : DroppedSlots(person: person, slots: slots)
        }
    }

    func droppedSlotsMessage(_ timetable: TimetableDefinition, days: [Weekday], dropped: [DroppedSlots]) -> String {
        let listed = days.map(dayName).joined(separator: ", ")
        let missing = Set(dropped.flatMap { $0.slots.map(\.day) }).sorted().map(dayName).joined(separator: ", ")
        let lost = dropped.map { entry in
            let slots = entry.slots.sorted { ($0.day, $0.range) < ($1.day, $1.range) }.map {
                "\(dayName($0.day)) \($0.range)"
            }
            return "'\(entry.person.displayName)' \(slots.joined(separator: ", "))"
        }.joined(separator: "; ")
        return "the grid of timetable '\(timetable.id)' has days: [\(listed)], which leaves out \(missing), "
            + "so these slots are not shown: \(lost); add \(missing) to 'days' in timetables.yaml, "
            + "or remove 'days' to show every day with slots"
    }
}
