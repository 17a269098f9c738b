extension OpeningHoursParser {
    /// `[days] [":" | "-" | ","] (times | "off" | "уточняется")`, `times [[","] days]` or working days alone
    /// ("по рабочим дням"); returns false when nothing at the cursor starts a rule.
    mutating func parseRule() -> Bool {
        guard let first = current else { return false }
        let errorsBefore = diagnostics.count
        var days = parseDays()
        if diagnostics.count > errorsBefore { return true }
        if let selection = days {
            skipDaysTimesJoiner()
            if parseClosedKeyword() { closeDays(selection.days); return true }
            if parseUnknownTimesPhrase() { return setUnknownDays(selection.days, from: first) }
        }
        let times = parseTimes()
        if diagnostics.count > errorsBefore { return true }
        guard days != nil || times != nil else { return false }
        if days == nil, times != nil {
            _ = parseZoneClause() || parseLocalTimeNote()
            days = parseTrailingDays()
        }
        if diagnostics.count > errorsBefore { return true }
        let last = tokens[position - 1]
        guard let times else { return daysWithoutTimes(days!, from: first, to: last) }
        if startsTimeRange() { return reportMissingJoiner(after: last, in: times) }
        assign(days?.days ?? Weekday.allCases, times, from: first, to: last)
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

    mutating func closeDays(_ days: [Weekday]) {
        sawRule = true
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

/// The messages raised in this file.
private extension OpeningHoursParser {
    static func dayTwiceMessage(_ day: Weekday, at firstColumn: Int, again: String) -> String {
        "ambiguous: \(day.fullName(.en)) is given twice (first at column \(firstColumn), "
            + "again in \"\(again)\"); list each day once"
    }

    static func overlapMessage(_ a: TimeRange, _ b: TimeRange, day: Weekday) -> String {
        "overlapping time ranges on \(day.fullName(.en)): \(a) and \(b); expected ranges that do not overlap"
    }
}
