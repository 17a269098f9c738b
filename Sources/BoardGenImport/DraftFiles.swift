import BoardGenModel
import Foundation

/// The draft as content files: YAML with the source of each fact and `# проверьте: …` comments,
/// and one Markdown file per regulation.
struct DraftFiles {
    let draft: Draft
    let schoolYearStart: Int

    func make() -> [String: String] {
        var files = ["site.yaml": site(), "contacts.yaml": contacts()]
        if !draft.people.isEmpty { files["people.yaml"] = people() }
        if !draft.timetables.isEmpty { files["timetables.yaml"] = timetables() }
        if !draft.desks.isEmpty { files["desks.yaml"] = desks() }
        for (index, regulation) in draft.regulations.enumerated() {
            files["regulations/\(regulation.slug).md"] = RegulationFile(regulation: regulation, order: index + 1).make()
        }
        return files
    }

    /// A YAML double-quoted scalar.
    static func q(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(q).joined(separator: ", ") + "]"
    }

    static func comment(_ text: String, indent: String = "") -> String {
        indent + "# " + text.replacingOccurrences(of: "\n", with: " ")
    }

    static func checks(_ checks: [String], indent: String) -> [String] {
        checks.map { comment("проверьте: \($0)", indent: indent) }
    }
}

private extension DraftFiles {
    func site() -> String {
        let year = schoolYearStart
        let next = year + 1
        var lines = ["# Черновик, составленный boardgen import; проверьте каждое поле (см. IMPORT.md).", "school:"]
        if draft.site.shortName == nil { lines.append("  # проверьте: название школы в документе не найдено") }
        lines.append("  short_name: \(Self.q(draft.site.shortName ?? "Школа"))")
        if let director = draft.site.director { lines.append("  director: \(Self.q(director))") }
        lines.append("system:")
        if draft.site.systemName == nil { lines.append("  # проверьте: платформа журнала в документе не названа") }
        lines.append("  name: \(Self.q(draft.site.systemName ?? "Электронный журнал"))")
        if let full = draft.site.systemFullName { lines.append("  full_name: \(Self.q(full))") }
        if let code = draft.site.organisationCode { lines.append("  organisation_code: \(Self.q(code))") }
        lines += [
            "# проверьте: адрес, по которому сайт будет опубликован (для QR-кодов на стенде)",
            "url: \"https://school.example.ru/help/\"",
            "language: ru",
            "# проверьте: часовой пояс школы (документ его не называет)",
            "time_zone: Europe/Moscow",
            "# проверьте: даты четвертей и каникул — типовые; замените датами календарного учебного графика школы",
            "school_year:",
            "  name: \"\(year)/\(String(next).suffix(2))\"",
            "  start: \(year)-09-01",
            "  end: \(next)-05-26",
            "  terms:",
            "    - { id: q1, name: \"I четверть\",   start: \(year)-09-01, end: \(year)-10-23 }",
            "    - { id: q2, name: \"II четверть\",  start: \(year)-11-03, end: \(year)-12-28 }",
            "    - { id: q3, name: \"III четверть\", start: \(next)-01-12, end: \(next)-03-19 }",
            "    - { id: q4, name: \"IV четверть\",  start: \(next)-03-30, end: \(next)-05-26 }",
            "  vacations:",
            "    - { name: \"Осенние каникулы\",  start: \(year)-10-24, end: \(year)-11-02 }",
            "    - { name: \"Зимние каникулы\",   start: \(year)-12-29, end: \(next)-01-11 }",
            "    - { name: \"Весенние каникулы\", start: \(next)-03-20, end: \(next)-03-29 }",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    func contacts() -> String {
        guard !draft.channels.isEmpty else { return "# В документе не найдено ни одного канала связи.\nchannels: []\n" }
        var lines = ["channels:"]
        for channel in draft.channels {
            lines.append(
                Self.comment(
                    "\(ImportReport.place(channel.location)): «\(ImportReport.short(channel.source, 200))»",
                    indent: "  "))
            lines.append(
                Self.comment(
                    "адресаты: \(AudienceReader.words(channel.audiences)) — \(channel.audienceReason)", indent: "  "))
            lines += Self.checks(channel.checks, indent: "  ")
            lines.append("  - id: \(channel.id)")
            lines.append("    kind: \(channel.kind.rawValue)")
            if let value = channel.value { lines.append("    value: \(Self.q(value))") }
            if let missing = channel.missing { lines.append("    missing: \(Self.q(missing))") }
            if let message = channel.message { lines.append("    message: \(Self.q(message))") }
            lines.append("    label: \(Self.q(channel.label))    # подпись составлена по тексту")
            lines.append("    audiences: [\(channel.audiences.map(\.rawValue).joined(separator: ", "))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func people() -> String {
        var lines = ["people:"]
        for person in draft.people {
            lines.append(Self.comment("\(ImportReport.place(person.location)): строка таблицы-графика", indent: "  "))
            lines += Self.checks(person.checks, indent: "  ")
            lines.append("  - id: \(person.id)")
            if let name = person.name { lines.append("    name: \(Self.q(name))") }
            if let role = person.role { lines.append("    role: \(Self.q(role))") }
            if !person.topics.isEmpty { lines.append("    topics: \(Self.list(person.topics))") }
            if let room = person.room { lines.append("    room: \(Self.q(room))") }
            if let hours = person.hours { lines.append("    hours: \(Self.q(hours))") }
            if !person.slots.isEmpty {
                lines.append("    slots:")
                lines += person.slots.map { "      - when: \(Self.q($0))" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func timetables() -> String {
        var lines = ["timetables:"]
        for timetable in draft.timetables {
            lines.append(Self.comment(ImportReport.place(timetable.location), indent: "  "))
            lines += Self.checks(timetable.checks, indent: "  ")
            lines.append("  - id: \(timetable.id)")
            lines.append("    title: \(Self.q(timetable.title))")
            lines.append("    people: [\(timetable.people.joined(separator: ", "))]")
            if let layout = timetable.layout { lines.append("    layout: \(layout)") }
            if !timetable.days.isEmpty { lines.append("    days: [\(timetable.days.joined(separator: ", "))]") }
            if !timetable.published { lines.append("    published: false") }
            if let note = timetable.note { lines.append("    note: \(Self.q(note))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func desks() -> String {
        var lines = ["desks:"]
        for desk in draft.desks {
            lines += Self.checks(desk.checks, indent: "  ")
            lines.append("  - id: \(desk.id)")
            lines.append("    name: \(Self.q(desk.name))")
            lines.append("    operator: \(desk.isPlatform ? "platform" : "school")")
            if !desk.channels.isEmpty { lines.append("    channels: [\(desk.channels.joined(separator: ", "))]") }
            if let intake = desk.intake { lines.append("    intake: \(Self.q(intake))") }
            if let note = desk.intakeNote { lines.append("    intake_note: \(Self.q(note))") }
            if let processing = desk.processing { lines.append("    processing: \(Self.q(processing))") }
            if let out = desk.outOfHours { lines.append("    out_of_hours: \(Self.q(out))") }
            if let response = desk.responseTime {
                lines.append(
                    "    response_time: \(Self.q(response))"
                        + (response.isEmpty ? "    # в документе срок не указан" : ""))
            }
            if !desk.tell.isEmpty {
                lines.append("    tell:")
                for (key, items) in desk.tell { lines.append("      \(key): \(Self.list(items))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
