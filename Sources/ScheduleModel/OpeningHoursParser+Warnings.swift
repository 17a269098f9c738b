extension OpeningHoursParser {
    /// Records the first rule whose times stand with no days ("с 8 до 17"); round the clock
    /// ("круглосуточно", "с 0 до 24") says every day by itself.
    mutating func noteAssumedDays(_ times: ParsedTimes, from first: ScheduleToken, to last: ScheduleToken) {
        if case let .ranges(ranges) = times, ranges.allSatisfy(\.isWholeDay) { return }
        if assumedDays == nil { assumedDays = (first, last) }
    }

    /// What a successful reading assumed: BG217 when times were given with no days and nothing
    /// else in the text (days off, an exception) says which days they hold on.
    func readingWarnings() -> [ScheduleDiagnostic] {
        guard let span = assumedDays, closedDays.isEmpty, excludedDays.isEmpty, !excludesWeekends else { return [] }
        let written = source(from: span.first, to: span.last)
        return [
            ScheduleDiagnostic(
                code: .daysNotStated, message: Self.daysNotStatedMessage(written), column: span.first.column,
                length: span.last.endColumn - span.first.column)
        ]
    }
}

private extension TimeRange {
    /// 00:00-24:00.
    var isWholeDay: Bool { start.minutes == 0 && endMinutesFromStartDay == 24 * 60 }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static func daysNotStatedMessage(_ written: String) -> String {
        "no days are given for \"\(written)\", so it is published as every day (ежедневно); name the days, "
            + "e.g. \"пн-пт \(written)\", or write \"ежедневно \(written)\" if it really holds every day"
    }
}
