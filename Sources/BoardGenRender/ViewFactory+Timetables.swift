import BoardGenModel
import BoardGenSupport
import ScheduleModel

/// Timetable and desk views.
extension ViewFactory {
    /// A timetable view with both layouts filled; the template shows the chosen one.
    package func makeTimetable(_ timetable: TimetableDefinition, root: String) -> TimetableView {
        let people = timetable.people.compactMap { site.person($0.id) }
        let days = timetable.days ?? usedDays(people)
        let validity = timetable.validity.map {
            "\(labels.validFrom) \($0.start.dottedString) \(labels.validUntil) \($0.end.dottedString)"
        }
        return TimetableView(
            id: timetable.id, anchor: "timetable-\(timetable.id)", item: PublishedItem.timetable(timetable.id).mark,
            title: timetable.title,
            isGrid: timetable.layout == .grid, isList: timetable.layout == .list,
            isPublished: timetable.isPublished, note: timetable.note, validity: validity,
            days: days.map { $0.shortName(language) },
            gridRows: people.flatMap { makeGridRows($0, days: days) },
            listRows: people.map { makeListRow($0, root: root) },
            feedHref: timetable.isPublished ? "\(root)calendar/\(timetable.id).ics" : nil)
    }

    /// A person's weekly slots as human text ("Пн, Пт 14:00–15:00").
    func formatSlots(_ person: Person) -> String {
        guard !person.slots.isEmpty else { return person.note ?? labels.byAppointment }
        var week: [Weekday: [TimeRange]] = [:]
        for slot in person.slots { week[slot.slot.day, default: []].append(slot.slot.range) }
        return OpeningHours(week: week).format(language)
    }

    /// A desk view.
    package func makeDesk(_ desk: Desk) -> DeskView {
        let response = desk.responseTime?.value.trimmingCharacters(in: .whitespaces)
        var view = DeskView(
            id: desk.id, anchor: "desk-\(desk.id)", item: PublishedItem.desk(desk.id).mark, name: desk.name,
            isPlatform: desk.operatorKind == .platform,
            channels: makeChannels(desk.channels),
            intake: desk.intake.map(formatHours),
            intakeItem: PublishedItem.deskHours(desk: desk.id, layer: .intake).mark,
            processingItem: PublishedItem.deskHours(desk: desk.id, layer: .processing).mark,
            intakeOSM: desk.intake?.hours.openingHoursSyntax,
            intakeNote: desk.intakeNote,
            processing: desk.processing.map(formatHours), processingOSM: desk.processing?.hours.openingHoursSyntax,
            outOfHours: desk.outOfHours, hasResponseTime: desk.responseTime != nil,
            responseTime: response?.isEmpty == false ? response : nil, responseTimeIsBlank: response?.isEmpty == true,
            tell: makeTell(desk), requirements: desk.requirements, rejectionReasons: desk.rejectionReasons,
            escalation: desk.escalatesTo.flatMap { site.desk($0.id) }.map {
                EscalationView(deskName: $0.name, deskID: $0.id, when: desk.escalationWhen)
            })
        view.registrationTime = desk.registrationTime?.value.trimmedSpacesAndNewlines
        view.responseExample = makeResponseExample(desk)
        return view
    }

    /// The desk's response rules worked through for a request sent at 10:00 on the first Saturday on
    /// or after the build's "today" (a day off, so the example shows what a day off does), counted over
    /// the production calendar in the desk's processing hours (or its intake hours, or whole working
    /// days). Nil when the desk states no rule boardgen can count.
    func makeResponseExample(_ desk: Desk) -> String? {
        let policy = desk.responsePolicy
        guard policy.registration != nil || policy.answer != nil else { return nil }
        let hours = [desk.processing, desk.intake].compactMap { $0 }.first { $0.givesTimes }?.hours
        let office = ResponseOffice(calendar: calendar, hours: hours ?? .workingDays())
        let saturday = today.adding(days: (Weekday.saturday.rawValue - today.weekday.rawValue + 7) % 7)
        let timeline = policy.timeline(for: calendar.instant(on: saturday, minutes: 10 * 60), office: office)
        guard timeline.registrationDue != nil || timeline.answerDue != nil else { return nil }
        return timeline.describe(language)
    }

    /// What to tell a desk, optionally for one audience only.
    func makeTell(_ desk: Desk, audience: Audience? = nil) -> [TellView] {
        desk.tell.filter { audience == nil || $0.audience == nil || $0.audience == audience }.map { list in
            TellView(
                item: PublishedItem.tell(desk: desk.id, audience: list.audience).mark,
                audience: list.audience.map { "\(labels.forAudience) \(labels.audience($0))" } ?? labels.allAudiences,
                items: list.items)
        }
    }
}

private extension ViewFactory {
    func usedDays(_ people: [Person]) -> [Weekday] {
        Set(people.flatMap { $0.slots.map(\.slot.day) }).sorted()
    }

    /// One row per room the person uses, so a grid reads "room × person × days" as in seed 002.
    func makeGridRows(_ person: Person, days: [Weekday]) -> [TimetableView.GridRow] {
        let rooms = orderedRooms(person)
        return rooms.map { room in
            let cells = days.map { day -> TimetableView.GridCell in
                let ranges = person.slots.filter { $0.slot.day == day && ($0.slot.room ?? "") == room }.map(
                    \.slot.range
                ).sorted()
                let texts = ranges.map { "\($0.start.formatted)–\($0.end.formatted)" }
                let pieces = texts.indices.map { texts[$0] + ($0 < texts.count - 1 ? "," : "") }
                let text = texts.joined(separator: ", ")
                return TimetableView.GridCell(text: text, isEmpty: text.isEmpty, pieces: pieces)
            }
            return TimetableView.GridRow(
                room: room, who: person.displayName, personItem: PublishedItem.person(person.id).mark, cells: cells)
        }
    }

    func orderedRooms(_ person: Person) -> [String] {
        var rooms: [String] = []
        for slot in person.slots where !rooms.contains(slot.slot.room ?? "") { rooms.append(slot.slot.room ?? "") }
        return rooms.isEmpty ? [person.room ?? ""] : rooms
    }

    func makeListRow(_ person: Person, root: String) -> TimetableView.ListRow {
        TimetableView.ListRow(
            id: person.id, personItem: PublishedItem.person(person.id).mark, name: person.displayName,
            role: person.name == nil ? nil : person.role, topics: person.topics, hours: formatSlots(person),
            room: person.room, feedHref: "\(root)calendar/\(person.id).ics")
    }
}
