extension OpeningHoursParser {
    /// "перерыв 13:00-14:00", "перерыв на обед 13:00-14:00", "обед 13:00-14:00", "lunch 13:00-14:00",
    /// "break 13:00-14:00": cuts the range out of the previous rule's days.
    mutating func parseBreak() -> Bool {
        guard let first = current else { return false }
        guard
            matchPhrase(["перерыв", "на", "обед"]) || matchPhrase(["перерыв"]) || matchPhrase(["обед"])
                || matchPhrase(["lunch", "break"]) || matchPhrase(["lunch"]) || matchPhrase(["break"])
        else { return false }
        if current?.isSymbol(":") == true || current?.isSymbol("-") == true { position += 1 }
        let errorsBefore = diagnostics.count
        guard let breaks = parseTimes() else {
            if diagnostics.count == errorsBefore {
                let message = Self.missingBreakRangeMessage(first.displayText(in: text), found: describeCurrent())
                report(.unexpectedText, message, at: current ?? first)
            }
            return true
        }
        let last = tokens[position - 1]
        for gap in breaks where !cut(gap) {
            report(.ambiguous, Self.breakOutsideMessage(source(from: first, to: last), gap), from: first, to: last)
            return true
        }
        return true
    }
}

private extension OpeningHoursParser {
    /// Removes `gap` from each of the last rule's days; false when it does not lie inside one range of every day.
    mutating func cut(_ gap: TimeRange) -> Bool {
        guard !lastRuleDays.isEmpty, !gap.isOvernight else { return false }
        var updated: [Weekday: [TimeRange]] = [:]
        for day in lastRuleDays {
            let ranges = week[day] ?? []
            guard let index = ranges.firstIndex(where: { contains($0, gap) }) else { return false }
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

    static func breakOutsideMessage(_ written: String, _ gap: TimeRange) -> String {
        "ambiguous break \"\(written)\": \(gap) is not inside the opening hours given before it"
    }
}
