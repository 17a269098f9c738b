/// Days read by the parser.
struct DaySelection {
    var days: [Weekday]
    /// The phrase the days were named by when they are one phrase alone ("по рабочим дням").
    var phrase: DayPhrase?
}

/// A phrase that names a set of days.
enum DayPhrase: Equatable {
    /// "по будням", "в будние дни", "weekdays": Monday to Friday.
    case weekdays
    /// "по рабочим дням", "в рабочие дни", "working days": Monday to Friday, public holidays off.
    case workingDays
    /// "ежедневно", "без выходных", "7 дней в неделю", "daily": every day.
    case daily
    /// "по выходным", "weekends": Saturday and Sunday.
    case weekends

    var days: [Weekday] {
        switch self {
        case .weekdays, .workingDays: Weekday.workweek
        case .daily: Weekday.allCases
        case .weekends: [.saturday, .sunday]
        }
    }
}

/// What a word means as a day name.
enum DayLookup: Equatable {
    case day(Weekday)
    case ambiguous([Weekday])
    case unknown
}

extension OpeningHoursParser {
    /// A day list ("пн, ср", "пн-пт", "с понедельника по пятницу", "по будням", "ежедневно, без выходных");
    /// `nil` when the cursor is not at days.
    mutating func parseDays() -> DaySelection? {
        guard startsDays() else { return nil }
        var days: [Weekday] = []
        var phrases: [DayPhrase?] = []
        repeat {
            if let phrase = parseDayPhrase() {
                phrases.append(phrase)
                days += phrase.days.filter { !days.contains($0) }
                continue
            }
            guard let item = parseDayItem() else { return nil }
            phrases.append(nil)
            days += item.filter { !days.contains($0) }
        } while consumeDayListJoiner()
        return DaySelection(days: days, phrase: phrases.count == 1 ? phrases[0] : nil)
    }

    /// Whether the cursor is at a day name, possibly after "с", "по", "в", "from", "on".
    func startsDayItem() -> Bool {
        guard let token = current, token.kind == .word else { return false }
        if OpeningHoursParser.dayPrepositions.contains(token.text), let next = peek(1), next.kind == .word {
            return OpeningHoursParser.lookupDay(next.text) != .unknown
        }
        if OpeningHoursParser.stopWords.contains(token.text) { return false }
        return OpeningHoursParser.lookupDay(token.text) != .unknown || isUnknownDayPosition(token)
    }

    /// Words that end up as BG201: a short unknown word right before a time or a day separator.
    func isUnknownDayPosition(_ token: ScheduleToken) -> Bool {
        guard token.text.count <= 12, !OpeningHoursParser.keywords.contains(token.text),
            !OpeningHoursParser.isHolidayWord(token.text)
        else { return false }
        guard let next = peek(1) else { return false }
        return next.kind == .number || next.isSymbol("-") || next.isSymbol(",") || next.isSymbol(":")
    }

    mutating func parseDayItem() -> [Weekday]? {
        if let token = current, OpeningHoursParser.dayPrepositions.contains(token.text) { position += 1 }
        guard let first = parseDayName() else { return nil }
        guard let connector = current else { return [first] }
        let isWordConnector = connector.kind == .word && ["по", "to", "до", "through", "thru"].contains(connector.text)
        guard connector.isSymbol("-") || isWordConnector, let next = peek(1), next.kind == .word else { return [first] }
        if isWordConnector, OpeningHoursParser.lookupDay(next.text) == .unknown { return [first] }
        // "суббота — методический день": words after the dash, not a misspelt day ("пн-пятнца 9-18").
        if OpeningHoursParser.lookupDay(next.text) == .unknown, let after = peek(2), after.kind == .word {
            return [first]
        }
        if OpeningHoursParser.stopWords.contains(next.text) || OpeningHoursParser.keywords.contains(next.text) {
            return [first]
        }
        if OpeningHoursParser.closedWords.contains(next.text) { return [first] }
        position += 1
        guard let last = parseDayName() else { return nil }
        // "с понедельника по пятницу включительно": the range already includes its last day.
        if let word = current, word.isWord("включительно") || word.isWord("inclusive") { position += 1 }
        let count = (last.rawValue - first.rawValue + 7) % 7
        return (0...count).map { first.advanced(by: $0) }
    }

    mutating func parseDayName() -> Weekday? {
        guard let token = current, token.kind == .word else {
            let found = current.map { "\"\($0.displayText(in: text))\"" } ?? "the end"
            report(.unexpectedText, Self.expectedDayMessage(found: found), at: current)
            return nil
        }
        switch OpeningHoursParser.lookupDay(token.text) {
        case let .day(day):
            position += 1
            return day
        case let .ambiguous(candidates):
            report(.ambiguous, Self.ambiguousDayMessage(token.displayText(in: text), candidates: candidates), at: token)
        case .unknown:
            report(.unknownDay, Self.unknownDayMessage(token.displayText(in: text)), at: token)
        }
        return nil
    }

    /// "," or "и"/"and" followed by another day or day phrase.
    mutating func consumeDayListJoiner() -> Bool {
        guard let token = current,
            token.isSymbol(",") || token.isSymbol("/") || token.isWord("и") || token.isWord("and")
        else { return false }
        let saved = position
        position += 1
        if startsDays() { return true }
        position = saved
        return false
    }

    /// "по будням", "в будние дни", "ежедневно", "по рабочим дням", "без выходных и праздников",
    /// "7 дней в неделю"...
    mutating func parseDayPhrase() -> DayPhrase? {
        if matchAnyPhrase(OpeningHoursParser.weekdayPhrases) { return .weekdays }
        if matchAnyPhrase(OpeningHoursParser.workingDayPhrases) {
            holidayPolicy = .closed
            return .workingDays
        }
        if matchAnyPhrase(OpeningHoursParser.dailyPhrases) { return .daily }
        if matchAnyPhrase(OpeningHoursParser.weekendPhrases) { return .weekends }
        let saved = position
        if let without = parseWithoutClause() {
            if without.weekends { return .daily }
            position = saved
        }
        return nil
    }

    /// "без выходных", "без выходных и праздников", "без перерыва на обед", "без перерывов и выходных",
    /// "без обеда": what is named after "без"; `nil` when the cursor is not at "без".
    mutating func parseWithoutClause() -> (weekends: Bool, breaks: Bool)? {
        guard current?.isWord("без") == true, let next = peek(1), OpeningHoursParser.isWithoutItem(next.text)
        else { return nil }
        position += 1
        var weekends = false, breaks = false
        while let token = current, token.kind == .word {
            if token.text.hasPrefix("выходн") {
                weekends = true
            } else if token.text.hasPrefix("перерыв") || token.text.hasPrefix("обед") {
                breaks = true
            } else if !(OpeningHoursParser.isWithoutItem(token.text) || ["и", "на", "дней"].contains(token.text)) {
                break
            }
            position += 1
        }
        return (weekends, breaks)
    }

    static func isWithoutItem(_ word: String) -> Bool {
        ["выходн", "праздн", "перерыв", "обед"].contains { word.hasPrefix($0) }
    }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static func expectedDayMessage(found: String) -> String {
        "expected a day name such as пн or Mon, found \(found)"
    }

    static func ambiguousDayMessage(_ written: String, candidates: [Weekday]) -> String {
        let names = candidates.map { $0.fullName(.ru) + " (" + $0.fullName(.en) + ")" }.joined(separator: " or ")
        return "ambiguous day name \"\(written)\": it could be \(names); write пн, вт, ср, чт, пт, сб, вс or Mon...Sun"
    }

    static func unknownDayMessage(_ written: String) -> String {
        "unknown day name \"\(written)\": expected пн, вт, ср, чт, пт, сб, вс, a full name (понедельник) or Mon...Sun"
    }
}

extension OpeningHoursParser {
    static let closedWords: Set<String> = ["off", "closed", "закрыто", "выходной", "выходные"]
    static let weekdayPhrases: [[String]] = [
        ["по", "будним", "дням"], ["в", "будние", "дни"], ["будние", "дни"], ["по", "будням"], ["в", "будни"],
        ["будни"], ["on", "weekdays"], ["weekdays"],
    ]
    static let workingDayPhrases: [[String]] = [
        ["по", "рабочим", "дням"], ["в", "рабочие", "дни"], ["рабочие", "дни"], ["on", "working", "days"],
        ["working", "days"],
    ]
    static let dailyPhrases: [[String]] = [
        ["ежедневно"], ["каждый", "день"], ["daily"], ["every", "day"], ["7", "дней", "в", "неделю"],
        ["семь", "дней", "в", "неделю"], ["7", "days", "a", "week"], ["seven", "days", "a", "week"],
    ]
    static let weekendPhrases: [[String]] = [
        ["по", "выходным", "дням"], ["по", "выходным"], ["в", "выходные", "дни"], ["в", "выходные"], ["weekends"],
        ["on", "weekends"],
    ]
    /// Words before a day name: "с понедельника", "со среды", "по вторникам", "во вторник", "каждую среду".
    static let dayPrepositions: Set<String> = [
        "с", "c", "со", "по", "в", "во", "from", "on", "каждый", "каждую", "каждое", "every", "each",
    ]
    static let stopWords: Set<String> = [
        "с", "c", "со", "по", "до", "и", "в", "во", "to", "from", "and", "on", "till", "until",
    ]
    static let keywords: Set<String> = [
        "кроме", "except", "включая", "including", "ph", "off", "closed", "закрыто", "круглосуточно",
        "unknown", "by", "уточняется", "режиме", "часа", "open", "выходной", "выходные", "am", "pm",
        "перерыв", "обед", "lunch", "break", "без", "мск", "msk", "utc", "gmt", "время", "час", "часа",
        "часов", "мин", "минут", "обеденный", "технический", "режим", "график", "часы", "прием", "приема",
        "уточняется", "moscow", "time", "through", "thru", "excluding",
    ]

    static let abbreviations: [String: Weekday] = [
        "пн": .monday, "пон": .monday, "пнд": .monday, "вт": .tuesday, "втр": .tuesday, "ср": .wednesday,
        "срд": .wednesday, "чт": .thursday, "чет": .thursday, "чтв": .thursday, "четв": .thursday,
        "пт": .friday, "пят": .friday, "птн": .friday, "сб": .saturday, "суб": .saturday, "сбт": .saturday,
        "вс": .sunday, "вск": .sunday, "воск": .sunday,
        "mo": .monday, "mon": .monday, "tu": .tuesday, "tue": .tuesday, "tues": .tuesday, "we": .wednesday,
        "wed": .wednesday, "th": .thursday, "thu": .thursday, "thur": .thursday, "thurs": .thursday,
        "fr": .friday, "fri": .friday, "sa": .saturday, "sat": .saturday, "su": .sunday, "sun": .sunday,
    ]

    static let stems: [(String, Weekday)] = [
        ("понедельник", .monday), ("вторник", .tuesday), ("сред", .wednesday), ("четверг", .thursday),
        ("пятниц", .friday), ("суббот", .saturday),
        // "воскресение" is a common misspelling of "воскресенье" on school and kindergarten pages.
        ("воскресень", .sunday), ("воскресени", .sunday),
        ("monday", .monday), ("tuesday", .tuesday), ("wednesday", .wednesday), ("thursday", .thursday),
        ("friday", .friday), ("saturday", .saturday), ("sunday", .sunday),
    ]

    /// Reads a lower-cased word as a day: abbreviation, inflected full name, or a unique prefix.
    static func lookupDay(_ word: String) -> DayLookup {
        if stopWords.contains(word) || keywords.contains(word) { return .unknown }
        if let day = abbreviations[word] { return .day(day) }
        if let day = stems.first(where: { word.hasPrefix($0.0) })?.1 { return .day(day) }
        let candidates = Weekday.allCases.filter {
            $0.fullName(.ru).hasPrefix(word) || $0.fullName(.en).lowercased().hasPrefix(word)
        }
        switch candidates.count {
        case 0: return .unknown
        case 1: return .day(candidates[0])
        default: return .ambiguous(candidates)
        }
    }
}
