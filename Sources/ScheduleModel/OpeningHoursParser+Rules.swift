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
            report("BG204", "empty range: the days \"\(source(from: first, to: last))\" have no times; "
                + "expected a time range such as 9:00-18:00", from: first, to: last)
            return true
        }
        assign(days?.days ?? Weekday.allCases, ranges, from: first, to: last)
        return true
    }

    /// "off", "закрыто", "выходной" after days.
    mutating func parseClosedKeyword() -> Bool {
        let dash = current?.isSymbol("-") == true ? 1 : 0
        guard let token = peek(dash), token.kind == .word,
              OpeningHoursParser.closedWords.contains(token.text) else { return false }
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
    mutating func assign(_ days: [Weekday], _ ranges: [TimeRange], from first: ScheduleToken, to last: ScheduleToken) -> Bool {
        sawRule = true
        for day in days {
            if let previous = origin[day] {
                report("BG205", "ambiguous: \(day.fullName(.en)) is given twice (first at column \(previous.column), "
                    + "again in \"\(source(from: first, to: last))\"); list each day once", from: first, to: last)
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
        diagnostics.append(ScheduleDiagnostic(
            code: "BG206",
            message: "overlapping time ranges on \(day.fullName(.en)): \(a) and \(b); "
                + "expected ranges that do not overlap",
            column: span.column, length: span.length))
    }
}
