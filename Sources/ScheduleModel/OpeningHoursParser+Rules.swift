extension OpeningHoursParser {
    /// `[days] [":"] (times | "off")` or `times days`; returns false when nothing at the cursor starts a rule.
    mutating func parseRule() -> Bool {
        guard let first = current else { return false }
        let errorsBefore = diagnostics.count
        let days = parseDays()
        if diagnostics.count > errorsBefore { return true }
        if current?.isSymbol(":") == true, days != nil { position += 1 }
        if let days, parseClosedKeyword() {
            closeDays(days.days)
            return true
        }
        let ranges = parseTimes()
        if diagnostics.count > errorsBefore { return true }
        guard days != nil || ranges != nil else { return false }
        if days == nil, let ranges, let trailing = parseDays() {
            assign(trailing.days, ranges, from: first, to: tokens[position - 1])
            return true
        }
        if diagnostics.count > errorsBefore { return true }
        let last = tokens[position - 1]
        guard let ranges else {
            report(.emptyNotation, Self.daysWithoutTimesMessage(source(from: first, to: last)), from: first, to: last)
            return true
        }
        assign(days?.days ?? Weekday.allCases, ranges, from: first, to: last)
        return true
    }

    /// "off", "закрыто", "выходной" after days.
    mutating func parseClosedKeyword() -> Bool {
        let dash = current?.isSymbol("-") == true ? 1 : 0
        guard let token = peek(dash), token.kind == .word,
            OpeningHoursParser.closedWords.contains(token.text)
        else { return false }
        position += dash + 1
        return true
    }

    mutating func closeDays(_ days: [Weekday]) {
        sawRule = true
        for day in days {
            week[day] = nil
            origin[day] = nil
        }
    }

    @discardableResult
    mutating func assign(
        _ days: [Weekday], _ ranges: [TimeRange], from first: ScheduleToken, to last: ScheduleToken
    ) -> Bool {
        sawRule = true
        for day in days {
            if let previous = origin[day] {
                let again = source(from: first, to: last)
                report(.ambiguous, Self.dayTwiceMessage(day, at: previous.column, again: again), from: first, to: last)
                return false
            }
            week[day] = ranges
            origin[day] = (first.column, last.endColumn - first.column)
        }
        lastRuleDays = days
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
    static func daysWithoutTimesMessage(_ days: String) -> String {
        "empty range: the days \"\(days)\" have no times; expected a time range such as 9:00-18:00"
    }

    static func dayTwiceMessage(_ day: Weekday, at firstColumn: Int, again: String) -> String {
        "ambiguous: \(day.fullName(.en)) is given twice (first at column \(firstColumn), "
            + "again in \"\(again)\"); list each day once"
    }

    static func overlapMessage(_ a: TimeRange, _ b: TimeRange, day: Weekday) -> String {
        "overlapping time ranges on \(day.fullName(.en)): \(a) and \(b); expected ranges that do not overlap"
    }
}
