extension OpeningHoursParser {
    /// `[days] [":" | "-" | ","] (times | "off" | "уточняется")`, `times [[","] days]` or working days alone
    /// ("по рабочим дням"); returns false when nothing at the cursor starts a rule.
    mutating func parseRule() -> Bool {
        guard let first = current else { return false }
        let errorsBefore = diagnostics.count
        var days = parseDays()
        if diagnostics.count > errorsBefore { return true }
        if var selection = days {
            if parseExceptionInRule(&selection, from: first) { days = selection }
            if diagnostics.count > errorsBefore { return true }
            if parseClosedDaysAndHolidays(selection, from: first) { return true }
            skipDaysTimesJoiner()
            if parseClosedKeyword() { closeDays(selection.days, from: first); return true }
            if parseUnknownTimesPhrase() { return setUnknownDays(selection.days, from: first) }
        }
        let times = parseTimes()
        if diagnostics.count > errorsBefore { return true }
        guard days != nil || times != nil else { return false }
        if days == nil, let times, parseBreakLabel(after: times, from: first) { return true }
        if days == nil, times != nil {
            _ = parseZoneClause() || parseLocalTimeNote()
            days = parseTrailingDays()
        }
        if diagnostics.count > errorsBefore { return true }
        let last = tokens[position - 1]
        guard let times else { return daysWithoutTimes(days!, from: first, to: last) }
        if startsTimeRange() { return reportMissingJoiner(after: last, in: times) }
        if days == nil { noteAssumedDays(times, from: first, to: last) }
        // Days off stay off whatever the order: "выходной: суббота\nс 8 до 17" is Monday to Friday.
        let isEveryDay = days == nil || days?.phrase == .daily || days?.days.count == Weekday.allCases.count
        let targets = (days?.days ?? Weekday.allCases).filter { !isEveryDay || !closedDays.contains($0) }
        if !isEveryDay, let reopened = targets.first(where: closedDays.contains) {
            return reportDayOffWithHours(reopened, hours: source(from: first, to: last), at: first)
        }
        assign(targets, times, from: first, to: last)
        if !isEveryDay { namedRules.append((Set(targets), source(from: first, to: last))) }
        consumeConfirmingDays(days?.days ?? Weekday.allCases)
        return true
    }

    /// "off", "закрыто", "выходной", "выходной день", "выходные дни" after days.
    mutating func parseClosedKeyword() -> Bool {
        let dash = current?.isSymbol("-") == true ? 1 : 0
        guard let token = peek(dash), token.kind == .word,
            OpeningHoursParser.closedWords.contains(token.text)
        else { return false }
        position += dash + 1
        if let next = current, ["день", "дни"].contains(next.text), token.text.hasPrefix("выходн") { position += 1 }
        return true
    }

    /// Closes `days` ("сб, вс — выходной"); `first` is where the rule starts, for the finding when
    /// no other day has times.
    mutating func closeDays(_ days: [Weekday], from first: ScheduleToken) {
        // A rule that named days only for them to be closed now says two things ("сб 10-14; сб — выходной").
        if let rule = namedRules.first(where: { $0.days.isSubset(of: days) }), let day = rule.days.first {
            _ = reportDayOffWithHours(day, hours: rule.text, at: first)
            return
        }
        sawRule = true
        if closedDaysToken == nil { closedDaysToken = first }
        closedDays.formUnion(days)
        for day in days {
            week[day] = nil
            events[day] = nil
            origin[day] = nil
        }
        unknownDays.removeAll { days.contains($0) }
    }

    @discardableResult
    mutating func assign(
        _ days: [Weekday], _ times: ParsedTimes, from first: ScheduleToken, to last: ScheduleToken
    ) -> Bool {
        sawRule = true
        guard claim(days, from: first, to: last) else { return false }
        switch times {
        case let .ranges(ranges):
            if firstRangeToken == nil { firstRangeToken = first }
            for day in days { week[day] = ranges }
            lastRuleDays = days
        case let .points(points):
            if firstEventToken == nil { firstEventToken = first }
            for day in days { events[day] = points }
            lastRuleDays = []
        }
        return true
    }

    /// Records that `days` get their times from the rule `first...last`; BG205 when a day already has
    /// times (reported only when nothing else is wrong, so that one mistake gives one diagnostic).
    mutating func claim(_ days: [Weekday], from first: ScheduleToken, to last: ScheduleToken) -> Bool {
        for day in days {
            guard let previous = origin[day] else { continue }
            if !hasErrors {
                let again = source(from: first, to: last)
                report(.ambiguous, Self.dayTwiceMessage(day, at: previous.column, again: again), from: first, to: last)
            }
            return false
        }
        for day in days { origin[day] = (first.column, last.endColumn - first.column) }
        return true
    }

    /// BG206 for ranges of one day that overlap, or an overnight range running into the next day's first range.
    mutating func checkOverlaps() {
        guard !hasErrors else { return }
        for day in Weekday.allCases {
            let ranges = (week[day] ?? []).sorted()
            for (a, b) in zip(ranges, ranges.dropFirst()) where a.overlaps(b) {
                reportOverlap(a, b, day: day)
                return
            }
            let spill = ranges.filter(\.isOvernight).map(\.end.minutes).max() ?? 0
            if let next = week[day.advanced(by: 1)]?.min(), next.start.minutes < spill {
                reportOverlap(ranges.last!, next, day: day)
                return
            }
        }
    }

    mutating func reportOverlap(_ a: TimeRange, _ b: TimeRange, day: Weekday) {
        let span = origin[day] ?? (1, text.count)
        diagnostics.append(
            ScheduleDiagnostic(
                code: .overlappingRanges, message: Self.overlapMessage(a, b, day: day),
                column: span.column, length: span.length))
    }
}

private extension OpeningHoursParser {
    /// "суббота, воскресенье, праздничные дни — выходные", "сб, вс и праздники: закрыто": days off and
    /// public holidays closed by one word. False (nothing consumed) when no holidays and closed word follow.
    mutating func parseClosedDaysAndHolidays(_ selection: DaySelection, from first: ScheduleToken) -> Bool {
        var probe = self
        guard probe.parseHolidaysInList(first: first) else { return false }
        probe.skipDaysTimesJoiner()
        guard probe.parseClosedKeyword() else { return false }
        self = probe
        holidayPolicy = .closed
        closeDays(selection.days, from: first)
        return true
    }

    /// "ежедневно, кроме воскресенья, с 9 до 17", "пн-сб кроме среды 10-18", "ежедневно кроме выходных 9-18":
    /// an exception between a rule's days and its times takes the days out of this rule only.
    /// False (nothing consumed) when no exception follows the days or no times follow the exception.
    mutating func parseExceptionInRule(_ selection: inout DaySelection, from first: ScheduleToken) -> Bool {
        var probe = self
        if probe.current?.isSymbol(",") == true { probe.position += 1 }
        guard let keyword = probe.current, ["кроме", "except", "excluding"].contains(keyword.text) else {
            return false
        }
        probe.position += 1
        let errorsBefore = diagnostics.count
        var excluded: Set<Weekday> = []
        if let next = probe.current, !Self.isDayKindWord(next.text), probe.startsDayItem() {
            guard let days = probe.parseDays() else { self = probe; return false }
            excluded.formUnion(days.days)
            if probe.parseHolidaysInList(first: keyword) { probe.holidayPolicy = .closed }
        } else {
            guard let kinds = probe.consumeDayKinds(first: keyword) else { return false }
            if kinds.holidays { probe.holidayPolicy = .closed }
            if kinds.weekends { excluded.formUnion([.saturday, .sunday]) }
        }
        // "ежедневно, кроме воскресенья: с 9 до 18", "…, кроме выходных — 9-18"
        if let joiner = probe.current, joiner.isSymbol(",") || joiner.isSymbol(":") || joiner.isSymbol("-") {
            probe.position += 1
        }
        guard probe.diagnostics.count == errorsBefore, probe.startsTimes() else { return false }
        let kept = selection.days.filter { !excluded.contains($0) }
        guard !kept.isEmpty else {
            let written = probe.source(from: first, to: probe.tokens[probe.position - 1])
            probe.report(
                .emptyNotation, Self.nothingLeftMessage(written), from: first, to: probe.tokens[probe.position - 1])
            self = probe
            return false
        }
        self = probe
        selection = DaySelection(days: kept, phrase: nil)
        return true
    }
}

private extension OpeningHoursParser {
    /// BG205 for a day given both hours and "выходной"; once per text.
    mutating func reportDayOffWithHours(_ day: Weekday, hours: String, at token: ScheduleToken) -> Bool {
        if !hasErrors { report(.ambiguous, Self.dayOffWithHoursMessage(day, hours: hours), at: token) }
        return true
    }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static func dayOffWithHoursMessage(_ day: Weekday, hours: String) -> String {
        "ambiguous: \(day.fullName(.en)) has hours (\"\(hours)\") and is also given as a day off; "
            + "give each day once, either with its hours or as \"выходной\""
    }

    static func nothingLeftMessage(_ written: String) -> String {
        "empty range: \"\(written)\" takes out every day it names; name the days that are open, e.g. \"пн-пт\""
    }

    static func dayTwiceMessage(_ day: Weekday, at firstColumn: Int, again: String) -> String {
        "ambiguous: \(day.fullName(.en)) is given twice (first at column \(firstColumn), "
            + "again in \"\(again)\"); list each day once"
    }

    static func overlapMessage(_ a: TimeRange, _ b: TimeRange, day: Weekday) -> String {
        "overlapping time ranges on \(day.fullName(.en)): \(a) and \(b); expected ranges that do not overlap"
    }
}
