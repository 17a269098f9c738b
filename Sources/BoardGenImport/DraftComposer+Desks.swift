import BoardGenDiagnostics
import BoardGenModel
import Foundation
import ScheduleModel

/// The desks of a part: the school's (one per section that lists channels), the platform's
/// support service with its hours, and the regulation's remaining front matter.
extension DraftComposer {
    mutating func finishParts() {
        if let label = pendingAppendixLabel { flushAppendixText(label) }
        if !regulation.deadlines.isEmpty {
            emit("```deadlines\n```")
        }
        let platform = makePlatformDesk()
        var schoolDesks = makeSchoolDesks(excluding: Set(platform?.channels ?? []))
        if !tellLines.isEmpty {
            let target = schoolDesks.isEmpty ? nil : 0
            if let target {
                schoolDesks[target].tell = tellLines
                body = body.map {
                    $0.replacingOccurrences(of: "```tell support ", with: "```tell \(schoolDesks[target].id) ")
                }
            } else {
                var desk =
                    platform
                    ?? DraftDesk(
                        id: "", name: "Техническая поддержка", isPlatform: true, location: regulation.location)
                desk.tell = tellLines
                if platform == nil {
                    desk.id = Slug.unique("support", among: Set(draft.desks.map(\.id)))
                    confirm(
                        "«техническая поддержка» не названа; служба записана как поддержка платформы",
                        at: regulation.location, into: &desk.checks)
                }
                body = body.map { $0.replacingOccurrences(of: "```tell support ", with: "```tell \(desk.id) ") }
                schoolDesks.append(desk)
            }
        }
        for desk in schoolDesks + (platform.map { [$0] } ?? []) where !draft.desks.contains(where: { $0.id == desk.id })
        {
            draft.desks.append(desk)
            regulation.uses.desks.append(desk.id)
        }
        var audiences = Set(draft.channels.filter { regulation.uses.contacts.contains($0.id) }.flatMap(\.audiences))
        audiences.formUnion(AudienceReader.audiences(in: part.body.map(\.text).joined(separator: " ")))
        regulation.audiences = audiences.isEmpty ? Audience.allCases : audiences.sorted()
    }
}

private extension DraftComposer {
    /// One desk per section that lists school channels (all in one desk when only one section does).
    mutating func makeSchoolDesks(excluding platformChannels: Set<String>) -> [DraftDesk] {
        let sections = sectionChannels.keys.sorted().filter { index in
            sectionChannels[index, default: []].contains { !platformChannels.contains($0) }
        }
        var desks: [DraftDesk] = []
        for index in sections {
            let title = sections.count > 1 ? sectionTitles[index] : nil
            let name = title.map { Self.sectionName($0) } ?? "Помощь школы при работе с электронным журналом"
            let base = sections.count > 1 ? "help-\(desks.count + 1)" : "school-help"
            var desk = DraftDesk(
                id: Slug.unique(base, among: Set(draft.desks.map(\.id))), name: name, isPlatform: false,
                location: regulation.location)
            desk.channels = sectionChannels[index, default: []].filter { !platformChannels.contains($0) }
            if sectionBlank.contains(index) {
                desk.responseTime = ""
            } else if let phrase = sectionResponse[index] {
                desk.responseTime = phrase
            }
            if title == nil {
                confirm(
                    "название службы помощи школы составлено («\(name)»)", at: regulation.location, into: &desk.checks)
            }
            desks.append(desk)
        }
        return desks
    }

    static func sectionName(_ title: String) -> String {
        var name = title.replacing(/^\s*\d+(\.\d+)*\.?\s*/, with: "")
        name = name.filter { !Superscript.isMark($0) }.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        return name.isEmpty ? title : name
    }

    /// "Служба поддержки …" or "справочной и технической служб …" with the hours of registration
    /// and processing read by ScheduleModel, and what happens out of hours.
    mutating func makePlatformDesk() -> DraftDesk? {
        let text = part.body.map(\.text).joined(separator: "\n")
        var name: String?
        if let match = text.firstMatch(
            of: /Служб[а-я]*\s+поддержки((?:\s+(?!по\s|при\s|в\s|для\s|через\s)[А-ЯЁа-яё«»\w\-.]+){0,4})/)
        {
            name = "Служба поддержки" + match.output.1
        } else {
            // The first mention that names the system («служб ИС «ЭлЖур»»), else the first mention.
            let matches = text.matches(
                of:
                    /(?i)справочн[а-я]+\s+и\s+техническ[а-я]+\s+служб[а-я]*(?:[ ]+((?:информационной системы|ИС|АИС)[ ]+)?(«[^»\n]+»+|[А-ЯЁA-Z][\w\-]+))?/
            )
            if let match = matches.first(where: { $0.output.2 != nil }) ?? matches.first {
                let system = match.output.2.map { " " + (match.output.1 ?? "") + $0 } ?? ""
                name = "Справочная и техническая службы" + system
            }
        }
        guard var name else { return nil }
        name = name.trimmingCharacters(in: .whitespaces)
        var desk = DraftDesk(
            id: Slug.unique("platform-support", among: Set(draft.desks.map(\.id))), name: name, isPlatform: true,
            location: regulation.location)
        desk.channels = draft.channels.filter { $0.kind == .url && regulation.uses.contacts.contains($0.id) }.map(\.id)
        for block in supportText {
            for sentence in block.text.split(separator: ".").map(String.init) {
                let lower = sentence.lowercased()
                if lower.contains("регистрац"), desk.intake == nil, let (hours, note) = HoursFinder.find(in: sentence) {
                    desk.intake = hours
                    desk.intakeNote = note
                } else if lower.contains("обработк"), desk.processing == nil,
                    let (hours, _) = HoursFinder.find(in: sentence)
                {
                    desk.processing = hours
                }
            }
            if block.text.lowercased().contains("нерабоч"), desk.outOfHours == nil { desk.outOfHours = block.text }
        }
        if desk.intake != nil || desk.processing != nil {
            confirm(
                "часы службы «\(name)» прочитаны из текста (intake/processing)", at: regulation.location,
                into: &desk.checks)
        }
        if desk.intake != nil, desk.processing == nil { desk.processing = desk.intake }
        if desk.processing != nil, desk.intake == nil { desk.intake = desk.processing }
        return desk
    }
}

/// Finds an hours notation inside a sentence: the longest stretch from a day or time word that
/// ScheduleModel reads (the same parser as `boardgen hours`); what follows is its note.
enum HoursFinder {
    static func find(in sentence: String) -> (String, String?)? {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let starts = ["круглосуточно", "ежедневно", "с", "пн", "понедельник", "по", "в", "будни", "по будням"]
        for start in words.indices
        where starts.contains(words[start].lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            for end in stride(from: words.count, to: start, by: -1) {
                let candidate = words[start..<end].joined(separator: " ").trimmingCharacters(
                    in: CharacterSet(charactersIn: " ,;"))
                guard let hours = TimetableReader.reads(candidate),
                    hours.status != .unknown || !hours.week.isEmpty || candidate.lowercased().hasPrefix("круглосуточно")
                else { continue }
                let rest = words[end...].joined(separator: " ").trimmingCharacters(
                    in: CharacterSet(charactersIn: " ,;."))
                return (candidate, rest.isEmpty ? nil : rest)
            }
        }
        return nil
    }
}
