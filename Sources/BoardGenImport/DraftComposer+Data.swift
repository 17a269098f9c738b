import BoardGenDiagnostics
import BoardGenModel
import Foundation
import ScheduleModel

/// The facts of one block: channels (replaced by `[[contact ID]]`), blanks, channels named without
/// an address, timetables referred to, deadlines and response times.
extension DraftComposer {
    mutating func readData(of block: SourceBlock, text: inout String) {
        let original = block.text
        var pieces: [(Range<String.Index>, String)] = []
        for found in ChannelFinder.find(in: original) {
            let id = register(found, in: block)
            if [.phone, .email, .url, .sms].contains(found.kind) { pieces.append((found.range, "[[contact \(id)]]")) }
        }
        pieces += blanks(in: original, block: block)
        text = rebuilt(original, replacing: pieces)
        if case .heading = block.kind {
        } else {
            for id in itemGaps(block, found: ChannelFinder.find(in: original)) { text += " [[contact \(id)]]" }
        }
        timetableReference(in: block, text: &text)
        readDeadlines(block)
        readResponseTime(block)
        let lower = original.lowercased()
        if lower.contains("служб") && lower.contains("поддержк") || lower.contains("нерабоч")
            || lower.contains("обращени")
        {
            supportText.append(block)
        }
    }

    /// The block's text escaped for Markdown, with `pieces` put in place of their ranges.
    func rebuilt(_ text: String, replacing pieces: [(Range<String.Index>, String)]) -> String {
        var result = ""
        var position = text.startIndex
        for (range, replacement) in pieces.sorted(by: { $0.0.lowerBound < $1.0.lowerBound })
        where range.lowerBound >= position {
            result += BodyText.escaped(String(text[position..<range.lowerBound])) + replacement
            position = range.upperBound
        }
        return result + BodyText.escaped(String(text[position...]))
    }

    /// "в течение" followed by nothing but a footnote mark or punctuation, and "____" runs: [[пропуск]].
    mutating func blanks(in text: String, block: SourceBlock) -> [(Range<String.Index>, String)] {
        var result: [(Range<String.Index>, String)] = []
        for match in text.matches(of: /(?i)в\s+течени[еи](?=[\s¹²³⁴⁵⁶⁷⁸⁹⁰]*[.,;:]|[\s¹²³⁴⁵⁶⁷⁸⁹⁰]*$)/) {
            result.append((match.range.upperBound..<match.range.upperBound, " [[пропуск]]"))
            sectionBlank.insert(section.index)
            gap("срок не указан: «\(text[match.range])» без срока — оставлен пропуск [[пропуск]]", at: block.location)
        }
        for match in text.matches(of: /_{3,}/) {
            result.append((match.range, "[[пропуск]]"))
            gap("в документе пропуск «\(text[match.range])» — оставлен пропуск [[пропуск]]", at: block.location)
        }
        return result
    }

    /// The audiences for a channel in this block, and why.
    func audiences(for block: SourceBlock) -> ([Audience], String, Bool) {
        if block.text.lowercased().hasPrefix("для "), !AudienceReader.audiences(in: block.text).isEmpty {
            return (AudienceReader.audiences(in: block.text), "строка называет адресатов", false)
        }
        if !section.audiences.isEmpty {
            return (section.audiences, "раздел «\(Self.short(section.title))»", false)
        }
        let reason =
            section.title.isEmpty
            ? "документ не делит каналы по адресатам: указаны все"
            : "раздел «\(Self.short(section.title))» не называет адресатов: указаны все"
        return (Audience.allCases, reason, true)
    }

    /// The id of the channel (an existing one when the same value was seen before).
    mutating func register(_ found: FoundChannel, in block: SourceBlock) -> String {
        let key = Self.key(found.kind, found.value)
        let (audiences, reason, isDefault) = audiences(for: block)
        if let index = draft.channels.firstIndex(where: {
            $0.kind == found.kind && $0.value.map { Self.key(found.kind, $0) } == key
        }) {
            draft.channels[index].audiences = Array(Set(draft.channels[index].audiences + audiences)).sorted()
            noteUse(draft.channels[index].id, kind: found.kind)
            return draft.channels[index].id
        }
        let id = Slug.unique(Self.idBase(found.kind, audiences), among: Set(draft.channels.map(\.id)))
        var channel = DraftChannel(
            id: id, kind: found.kind, value: found.value, label: Self.label(found, audiences), audiences: audiences,
            audienceReason: reason, message: found.message, source: block.text, location: block.location)
        for check in found.checks { confirm(check, at: block.location, into: &channel.checks) }
        if isDefault { confirm("адресаты канала \(found.value): \(reason)", at: block.location, into: &channel.checks) }
        draft.channels.append(channel)
        noteUse(id, kind: found.kind)
        return id
    }

    mutating func noteUse(_ id: String, kind: Channel.Kind) {
        if !regulation.uses.contacts.contains(id) { regulation.uses.contacts.append(id) }
        if !sectionChannels[section.index, default: []].contains(id) {
            sectionChannels[section.index, default: []].append(id)
        }
    }

    /// Channels the block names without their address: "Через электронную почту", "(по телефону,
    /// указанному на Портале)", "при очном обращении". Each becomes a channel with `missing:`.
    mutating func itemGaps(_ block: SourceBlock, found: [FoundChannel]) -> [String] {
        let isItem = if case .item = block.kind { true } else { false }
        guard isItem || block.text.count <= 160 else { return [] }
        let lower = block.text.lowercased()
        let kinds = Set(found.map(\.kind))
        var result: [String] = []
        let named: [(Channel.Kind, [String], String)] = [
            (.phone, ["телефон"], "номер"),
            (.email, ["электронной почт", "электронную почт", "электронная почта", "e-mail", "эл. почт"], "адрес"),
            (
                .office,
                [
                    "очном обращени", "личном обращени", "лично в", "личный прием", "личном прием", "приемные часы",
                    "приёмные часы",
                ], "место (кабинет)"
            ),
        ]
        for (kind, words, what) in named where words.contains(where: lower.contains) && !kinds.contains(kind) {
            if kind == .email && kinds.contains(.url) { continue }
            let (audiences, reason, _) = audiences(for: block)
            let label = Self.gapLabel(kind, block.text, audiences)
            if let existing = draft.channels.first(where: {
                $0.value == nil && $0.kind == kind && $0.label == label && $0.audiences == audiences
            }) {
                noteUse(existing.id, kind: kind)
                result.append(existing.id)
                continue
            }
            let id = Slug.unique(Self.idBase(kind, audiences), among: Set(draft.channels.map(\.id)))
            let missing = "Документ называет канал, но не приводит \(what)."
            draft.channels.append(
                DraftChannel(
                    id: id, kind: kind, value: nil, missing: missing, label: label, audiences: audiences,
                    audienceReason: reason, source: block.text, location: block.location))
            gap(
                "канал назван без адреса (\(kind.rawValue)): «\(Self.short(block.text))» — записан как missing",
                at: block.location)
            noteUse(id, kind: kind)
            result.append(id)
        }
        return result
    }

    /// "в соответствии с графиком…", "согласно графику", "График … должен быть размещен": a
    /// timetable the document refers to; when the document gives none, it is drafted unpublished.
    mutating func timetableReference(in block: SourceBlock, text: inout String) {
        guard !hasTimetableTable, timetableGapID == nil else { return }
        let lower = block.text.lowercased()
        let refers =
            lower.contains("в соответствии с графиком") || lower.contains("согласно графику")
            || lower.contains("утвержденным графиком") || lower.contains("утверждённым графиком")
            || lower.hasPrefix("график ") || lower.contains("по графику")
        guard refers else { return }
        let title = Self.timetableTitle(block.text)
        let id = Slug.unique("grafik", among: Set(draft.timetables.map(\.id)))
        var timetable = DraftTimetable(id: id, title: title, location: block.location)
        timetable.published = false
        timetable.note = "Документ ссылается на график («\(Self.short(block.text))»), но сам график не приводит."
        gap(
            "график упомянут, но не приведён: «\(Self.short(block.text))» — записан с published: false",
            at: block.location)
        if title == "График" {
            confirm("название графика в документе не указано", at: block.location, into: &timetable.checks)
            timetable.title = "График консультаций"
        }
        draft.timetables.append(timetable)
        regulation.uses.timetables.append(id)
        timetableGapID = id
        pendingDirective = "```timetable \(id)\n```"
    }

    static func timetableTitle(_ text: String) -> String {
        guard let range = text.range(of: "график", options: .caseInsensitive) else { return "График" }
        var rest = String(text[range.upperBound...]).drop { $0.isLetter }
        for stop in [",", ".", ";", ":", " должен", " утвержд", " размещ", " и на ", "(", "»"] {
            if let cut = rest.range(of: stop) { rest = rest[..<cut.lowerBound] }
        }
        let words = rest.trimmingCharacters(in: .whitespaces)
        return words.isEmpty ? "График" : "График " + words
    }

    mutating func readDeadlines(_ block: SourceBlock) {
        let patterns: [Regex<Substring>] = [
            /(?i)не\s+реже[^.;]*?в\s+неделю/,
            /(?i)(?:не\s+позднее,?\s+(?:чем\s+)?)?за\s+\S+\s+(?:\S+\s+)?(?:дн[а-я]*|недел[а-я]*)\s+до\s+(?:конца|окончания)\s+[а-яё]+(?:\s+[а-яё]+)?/,
            /(?i)через\s+\S+\s+(?:\S+\s+)?(?:дн[а-я]*|недел[а-я]*)\s+после\s+начала\s+[а-яё]+(?:\s+[а-яё]+)?/,
        ]
        for pattern in patterns {
            for match in block.text.matches(of: pattern) {
                let phrase = String(block.text[match.range])
                guard case let .success(rule) = DeadlineRule.parse(phrase) else {
                    // Not a rule for each term ("до окончания учебного года"): say so instead of dropping it.
                    confirmRegulation(
                        "срок «\(phrase)» не перенесён: это не срок для каждого отчётного периода; "
                            + "если он нужен на сайте, опишите его в тексте регламента",
                        at: block.location)
                    continue
                }
                let id = Slug.unique("srok", among: Set(regulation.deadlines.map(\.id)))
                let title = Self.short(block.text, limit: 140)
                regulation.deadlines.append(DraftDeadline(id: id, title: title, rule: Self.yaml(rule), source: phrase))
                confirmRegulation(
                    "срок «\(phrase)» прочитан как \(Self.yaml(rule)); название срока — начало пункта, сократите",
                    at: block.location)
            }
        }
    }

    mutating func readResponseTime(_ block: SourceBlock) {
        for match in block.text.matches(
            of:
                /(?i)в\s+течение\s+\d+\s*(?:\([а-яё]+\)\s*)?(?:рабоч[а-я]+\s+|календарн[а-я]+\s+)?(?:дн[а-я]*|час[а-я]*)/
        ) {
            let phrase = String(block.text[match.range])
            if case .success = ResponseRule.parse(phrase), sectionResponse[section.index] == nil {
                sectionResponse[section.index] = phrase
            }
        }
    }

    static func yaml(_ rule: DeadlineRule) -> String {
        switch rule.kind {
        case let .beforeEnd(amount, unit): "before_end: { amount: \(amount), unit: \(unitName(unit)) }"
        case let .afterStart(amount, unit): "after_start: { amount: \(amount), unit: \(unitName(unit)) }"
        case let .atLeastPerWeek(times): "every: { times: \(times), per: week }"
        }
    }

    static func unitName(_ unit: DeadlineRule.Unit) -> String {
        switch unit {
        case .days: "days"
        case .weeks: "weeks"
        case .workingDays: "working_days"
        }
    }

    static func key(_ kind: Channel.Kind, _ value: String) -> String {
        kind == .phone ? value.filter(\.isNumber).suffix(10).description : value.lowercased()
    }

    static func idBase(_ kind: Channel.Kind, _ audiences: [Audience]) -> String {
        let word =
            switch kind {
            case .phone: "phone"
            case .email: "email"
            case .office: "office"
            case .inApp: "in-app"
            case .url: "site"
            case .messenger: "messenger"
            case .sms: "sms"
            }
        return audiences.count == 1 ? "\(audiences[0].rawValue)-\(word)" : word
    }

    static func label(_ found: FoundChannel, _ audiences: [Audience]) -> String {
        let noun =
            switch found.kind {
            case .phone: "Телефон"
            case .email: "Электронная почта"
            case .office: found.value
            case .inApp: found.value
            case .url: "Сайт"
            case .messenger: "Мессенджер"
            case .sms: "SMS"
            }
        return [.office, .inApp].contains(found.kind) ? noun : noun + AudienceReader.forWhom(audiences)
    }

    /// A short label for a channel named without its address: "Электронная почта пользователей
    /// СЭДиЖ", "Телефон для сотрудников", "Личное обращение".
    static func gapLabel(_ kind: Channel.Kind, _ text: String, _ audiences: [Audience]) -> String {
        let noun =
            switch kind {
            case .phone: "Телефон"
            case .email: "Электронная почта"
            case .office: "Личное обращение"
            default: "Канал связи"
            }
        if let users = text.firstMatch(of: /пользователей\s+(?:[А-ЯЁA-Z][\w\-]*|«[^»]+»)/) {
            return "\(noun) \(users.output)"
        }
        return noun + AudienceReader.forWhom(audiences)
    }

    static func short(_ text: String, limit: Int = 80) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
