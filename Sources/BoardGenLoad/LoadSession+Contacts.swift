import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport
import ScheduleModel

/// Decoding channels, people and timetables.
extension LoadSession {
    /// Every field is read and judged even when the id or the kind is wrong, so that one run
    /// reports all of an entry's mistakes; the entry is dropped afterwards.
    func decodeChannel(_ object: YAMLObject) -> Channel? {
        let id = id(object)
        let kind: Channel.Kind? = choice(object, "kind")
        let name = id ?? object.string("id")?.value ?? "?"
        let value = object.string("value")
        let missing = object.optionalText("missing")
        var address: Channel.Address?
        switch (value, missing) {
        case (let value?, nil):
            address = .given(value.value.trimmedSpaces)
            if let kind { validateAddress(value, kind: kind) }
        case (nil, let missing?):
            address = .missing(missing.value)
        case (.some, let missing?):
            sink.report(
                .invalidValue, "channel '\(name)' has both 'value' and 'missing'; keep 'value' if the address is known",
                at: missing.location)
        case (nil, nil):
            sink.report(
                .missingKey,
                "channel '\(name)' needs 'value', or 'missing: \"why\"' when the regulation announces it without an address",
                at: object.location)
        }
        let (label, audiences, (hours, events), note) = (
            text(object, "label"), audiences(object), hoursOrEvents(object, "hours"), text(object, "note")
        )
        guard let id, let kind, let address else { return nil }
        var channel = Channel(
            id: id, kind: kind, address: address, label: label, audiences: audiences, hours: hours, note: note,
            message: message(object, kind: kind, id: id),
            location: object.location, valueLocation: value?.location ?? missing?.location ?? object.location)
        channel.events = events
        return channel
    }

    func decodePerson(_ object: YAMLObject) -> Person? {
        let validID = id(object)
        let id = validID ?? object.string("id")?.value ?? "?"
        let name = text(object, "name")
        let role = text(object, "role")
        if name == nil && role == nil && !object.has("name") && !object.has("role") {
            sink.report(.missingKey, "person '\(id)' needs a 'name' or at least a 'role'", at: object.location)
        }
        let room = text(object, "room")
        var slots: [PersonSlot] = []
        if let hours = hours(object, "hours") {
            slots += makeSlots(hours, room: room, note: nil)
        }
        for node in object.list("slots") {
            slots += decodeSlot(node, defaultRoom: room)
        }
        let person = Person(
            id: id, name: name, role: role, topics: object.strings("topics").map(\.value), room: room,
            channels: references(object, "channels"), slots: slots,
            exceptions: object.list("exceptions").compactMap(decodeException), note: text(object, "note"),
            location: object.location)
        return validID == nil ? nil : person
    }

    func decodeTimetable(_ object: YAMLObject) -> TimetableDefinition? {
        let validID = id(object)
        let id = validID ?? object.string("id")?.value ?? "?"
        let validFrom = date(object, "valid_from")
        let validUntil = date(object, "valid_until")
        var validity: DateRange?
        if let start = validFrom ?? calendarForParsing.schoolYear?.range.start,
            let end = validUntil ?? calendarForParsing.schoolYear?.range.end
        {
            validity = DateRange(start: start, end: end)
            if validity == nil {
                sink.report(
                    .invalidDate, "timetable '\(id)' is valid until \(end.iso), before it starts (\(start.iso))",
                    at: object.keyLocation("valid_until") ?? object.location)
            }
        }
        let timetable = TimetableDefinition(
            id: id, title: text(object, "title", required: true) ?? id, people: references(object, "people"),
            layout: choice(object, "layout", default: TimetableDefinition.Layout.grid) ?? .grid,
            days: object.has("days") ? weekdays(object.strings("days")) : nil,
            validity: validity, validityLocation: object.keyLocation("valid_until") ?? object.keyLocation("valid_from"),
            isPublished: object.bool("published")?.value ?? true, note: text(object, "note"), location: object.location)
        return validID == nil ? nil : timetable
    }
}

private extension LoadSession {
    func decodeSlot(_ node: YAMLNode, defaultRoom: String?) -> [PersonSlot] {
        if case .scalar(let text, false, let location) = node {
            return hours(Located(text, at: location)).map { makeSlots($0, room: defaultRoom, note: nil) } ?? []
        }
        guard let object = YAMLObject(node, what: "a slot", sink: sink) else { return [] }
        defer { object.finish() }
        guard let hours = hours(object, "when", required: true) else { return [] }
        return makeSlots(hours, room: text(object, "room") ?? defaultRoom, note: text(object, "note"))
    }

    func makeSlots(_ hours: HoursValue, room: String?, note: String?) -> [PersonSlot] {
        guard hours.hours.status == .regular else {
            sink.report(
                .invalidValue,
                "a slot needs days and times; '\(hours.text)' has none (use the person's 'note' for 'по записи')",
                at: hours.location)
            return []
        }
        return Weekday.allCases.flatMap { day in
            hours.hours.weeklyRanges(on: day).map { range in
                PersonSlot(slot: WeeklySlot(day: day, range: range, room: room, note: note), location: hours.location)
            }
        }
    }

    func decodeException(_ node: YAMLNode) -> TimetableException? {
        guard let object = YAMLObject(node, what: "an exception", sink: sink) else { return nil }
        defer { object.finish() }
        guard let day = date(object, "date", required: true) else { return nil }
        let note = text(object, "note")
        if object.bool("cancelled")?.value == true {
            return .cancelled(date: day, range: nil, note: note)
        }
        guard let when = object.string("when") else {
            sink.report(
                .missingKey, "an exception needs 'cancelled: true' or 'when: \"14:00-15:00\"'", at: object.location)
            return nil
        }
        guard case .success(let hours) = OpeningHours.parse(when.value) else {
            _ = self.hours(when)
            return nil
        }
        let ranges = Weekday.allCases.flatMap { hours.weeklyRanges(on: $0) }
        let range = ranges.first ?? hours.weeklyRanges(on: day.weekday).first
        guard let range else {
            sink.report(
                ScheduleCode.emptyNotation, "exception on \(day.iso) needs a time range such as 14:00-15:00",
                at: when.location)
            return nil
        }
        return .extra(date: day, range: range, room: text(object, "room"), note: note)
    }

    /// Grid columns: each item one day name in any notation `Weekday.parseList` reads.
    func weekdays(_ names: [Located<String>]) -> [Weekday] {
        names.compactMap { name -> Weekday? in
            switch Weekday.parseList(name.value) {
            case .failure(let failure):
                sink.report(failure.diagnostics.map { Diagnostic($0, in: name.value, at: name.location) })
                return nil
            case .success(let days) where days.count != 1:
                sink.report(
                    ScheduleCode.ambiguous, "'\(name.value)' names \(days.count) days; list one day per item",
                    at: name.location)
                return days.first
            case .success(let days):
                return days.first
            }
        }
    }
}

extension LoadSession {
    /// Reports a phone, SMS number, e-mail or URL that is not well formed, and a phone number that
    /// will be published without its link.
    func validateAddress(_ value: Located<String>, kind: Channel.Kind) {
        let text = value.value.trimmedSpaces
        switch kind.format {
        case .phone:
            validatePhone(text, at: value.location.advanced(by: value.value.prefix { $0.isWhitespace }.count))
        case .sms:
            validateSMSNumber(text, at: value.location)
        case .email where !ChannelAddress.isEmail(text):
            sink.report(
                .malformedEmail, "'\(text)' is not an e-mail address: \(ContactAdvice.email(text))", at: value.location)
        case .webAddress where text.contains(" "):
            sink.report(
                .malformedURL, "'\(text)' contains a space: \(ContactAdvice.webAddressWithSpace(text))",
                at: value.location)
        case .webAddress where ChannelAddress.webLink(text) == nil:
            sink.report(
                .malformedURL, "'\(text)' is not a web address; write it as https://… or as printed (www.school.ru)",
                at: value.location)
        case .email, .webAddress, .handleOrWebAddress, .text:
            break  // well formed, or free text that is published as written
        }
    }
}
