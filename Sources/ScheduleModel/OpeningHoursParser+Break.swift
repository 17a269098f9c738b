extension OpeningHoursParser {
    /// "перерыв 13:00-14:00", "перерыв на обед 13:00-14:00", "обеденный перерыв с 13 до 14", "обед 13:00-14:00",
    /// "lunch 13:00-14:00", "break 13:00-14:00", also in parentheses: "9:00-18:00 (перерыв 13:00-14:00)".
    /// After a rule it cuts the range out of that rule's days; at the start of a line or after ";" it
    /// cuts it out of every day given so far, and must lie inside the hours of each.
    mutating func parseBreak() -> Bool {
        guard let first = current else { return false }
        let parenthesised = first.isSymbol("(")
        if parenthesised { position += 1 }
        guard let keyword = current, parseBreakKeyword() else {
            position -= parenthesised ? 1 : 0
            return false
        }
        if current?.isSymbol(":") == true || current?.isSymbol("-") == true { position += 1 }
        let errorsBefore = diagnostics.count
        guard let breaks = parseTimes() else {
            if diagnostics.count == errorsBefore {
                let message = Self.missingBreakRangeMessage(keyword.displayText(in: text), found: describeCurrent())
                report(.unexpectedText, message, at: current ?? keyword)
            }
            return true
        }
        if parenthesised, !closeParenthesis() { return true }
        applyBreak(breaks, from: first, to: tokens[position - 1])
        return true
    }

    /// "12:00-12:30 — обеденный перерыв", "13:00-14:00 обед": a break written before its label, which
    /// ends the rule. False (nothing consumed) when no break label follows the times.
    mutating func parseBreakLabel(after times: ParsedTimes, from first: ScheduleToken) -> Bool {
        var probe = self
        if probe.current?.isSymbol("-") == true || probe.current?.isSymbol(":") == true { probe.position += 1 }
        guard probe.parseBreakKeyword(), probe.endsRule() else { return false }
        self = probe
        applyBreak(times, from: first, to: tokens[position - 1])
        return true
    }

    /// "(без обеда)", "(время московское)": consumes ")" closing a parenthesis; BG212 when it is missing.
    mutating func closeParenthesis() -> Bool {
        if current?.isSymbol(")") == true {
            position += 1
            return true
        }
        report(.unexpectedText, Self.missingParenthesisMessage(found: describeCurrent()), at: current)
        return false
    }
}

private extension OpeningHoursParser {
    /// Cuts the break out of the last rule's days, or (after a hard separator) out of every day so far.
    mutating func applyBreak(_ breaks: ParsedTimes, from first: ScheduleToken, to last: ScheduleToken) {
        let written = source(from: first, to: last)
        guard case let .ranges(gaps) = breaks else {
            report(.ambiguous, Self.breakWithoutEndMessage(written), from: first, to: last)
            return
        }
        let days = atHardSeparator ? Weekday.allCases.filter { week[$0] != nil } : lastRuleDays
        for gap in gaps where !cut(gap, from: days, strictly: atHardSeparator) {
            guard !hasErrors else { return }
            let message =
                atHardSeparator && !days.isEmpty
                ? Self.standaloneBreakMessage(written, gap) : Self.breakOutsideMessage(written, gap)
            report(.ambiguous, message, from: first, to: last)
            return
        }
    }

    mutating func parseBreakKeyword() -> Bool {
        matchPhrase(["с", "перерывом", "на", "обед"]) || matchPhrase(["с", "обеденным", "перерывом"])
            || matchPhrase(["с", "перерывом"]) || matchPhrase(["перерыв", "на", "обед"])
            || matchPhrase(["обеденный", "перерыв"])
            || matchPhrase(["технический", "перерыв"]) || matchPhrase(["перерыв"]) || matchPhrase(["обед"])
            || matchPhrase(["lunch", "break"]) || matchPhrase(["lunch"]) || matchPhrase(["break"])
    }
}

private extension OpeningHoursParser {
    /// Removes `gap` from each of `days`; false when it does not lie inside one range of every day
    /// (`strictly`: without touching the range's start or end).
    mutating func cut(_ gap: TimeRange, from days: [Weekday], strictly: Bool) -> Bool {
        guard !days.isEmpty, !gap.isOvernight else { return false }
        var updated: [Weekday: [TimeRange]] = [:]
        for day in days {
            let ranges = week[day] ?? []
            let fits = { (outer: TimeRange) in
                self.contains(outer, gap)
                    && (!strictly || (outer.start < gap.start && gap.end.minutes < outer.endMinutesFromStartDay))
            }
            guard let index = ranges.firstIndex(where: fits) else { return false }
            let outer = ranges[index]
            var pieces = ranges
            pieces.remove(at: index)
            if let before = TimeRange(start: outer.start, end: gap.start), gap.start > outer.start {
                pieces.append(before)
            }
            if let after = TimeRange(start: gap.end, end: outer.end), gap.end.minutes < outer.endMinutesFromStartDay {
                pieces.append(after)
            }
            updated[day] = pieces.sorted()
        }
        for (day, ranges) in updated { week[day] = ranges }
        return true
    }

    func contains(_ outer: TimeRange, _ inner: TimeRange) -> Bool {
        outer.start <= inner.start && inner.end.minutes <= outer.endMinutesFromStartDay
            && !(inner.start == outer.start && inner.end.minutes == outer.endMinutesFromStartDay)
    }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static func missingBreakRangeMessage(_ keyword: String, found: String) -> String {
        "expected the break's time range after \"\(keyword)\", found \(found)"
    }

    static func standaloneBreakMessage(_ written: String, _ gap: TimeRange) -> String {
        "ambiguous break \"\(written)\": on its own it applies to every day given before it, but \(gap) is not "
            + "inside the hours of each; write the break right after its days, "
            + "e.g. \"пн-пт 9:00-18:00, перерыв \(gap)\""
    }

    static func breakWithoutEndMessage(_ written: String) -> String {
        "ambiguous break \"\(written)\": a break needs its end, e.g. \"перерыв 13:00-14:00\""
    }

    static func missingParenthesisMessage(found: String) -> String {
        "expected \")\" to close the parenthesis, found \(found)"
    }

    static func breakOutsideMessage(_ written: String, _ gap: TimeRange) -> String {
        "ambiguous break \"\(written)\": \(gap) is not inside the opening hours given before it"
    }
}
