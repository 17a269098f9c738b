extension Weekday {
    /// Reads a list of days without times, as a timetable grid's header or a "days" column gives it:
    /// "пон., вт., ср., чет.", "Пн, Пт", "пн-пт", "Понедельник, пятница", "по будням", "ежедневно",
    /// "Mo-Fr", or tab/space separated "пон.\tвт.". Days come back in the order written, without repeats.
    public static func parseList(_ text: String) -> Result<[Weekday], ScheduleParseFailure> {
        OpeningHoursParser(text: text).runDays()
    }
}

extension OpeningHoursParser {
    /// The day-list mode behind `Weekday.parseList(_:)`.
    func runDays() -> Result<[Weekday], ScheduleParseFailure> {
        var parser = self
        var lexer = ScheduleLexer(text: text)
        (parser.tokens, parser.diagnostics) = lexer.run()
        var days: [Weekday] = []
        while parser.diagnostics.isEmpty, parser.current != nil {
            if parser.isSeparator(parser.current) { parser.position += 1; continue }
            guard let selection = parser.parseDays() else {
                if parser.diagnostics.isEmpty {
                    parser.report(.unknownDay, Self.notADayMessage(found: parser.describeCurrent()), at: parser.current)
                }
                break
            }
            days += selection.days.filter { !days.contains($0) }
        }
        if parser.diagnostics.isEmpty, days.isEmpty {
            parser.diagnostics.append(
                ScheduleDiagnostic(
                    code: .emptyNotation, message: Self.emptyDayListMessage, column: 1, length: text.count))
        }
        return parser.diagnostics.isEmpty
            ? .success(days) : .failure(ScheduleParseFailure(diagnostics: parser.diagnostics))
    }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static let emptyDayListMessage = "empty list of days: expected e.g. \"пн, ср\""

    static func notADayMessage(found: String) -> String {
        "expected a day name such as пн, вт or Mon, found \(found)"
    }
}
