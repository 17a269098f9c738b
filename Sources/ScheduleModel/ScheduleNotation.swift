/// Any schedule notation boardgen reads: opening hours (ranges, a status, days with unknown times)
/// or fixed times of day (events).
public enum ScheduleNotation: Hashable, Sendable {
    /// Ranges per weekday or a status: "пн-пт 9:00-18:00", "по записи", "по рабочим дням".
    case hours(OpeningHours)
    /// Fixed times per weekday: "ежедневно в 14:15 и в 17:15", "по вторникам в 15:00".
    case events(FixedTimes)

    /// Reads a Russian, English or OpenStreetMap notation of either class; faults are diagnostics
    /// with the column of each (one diagnostic per mistake).
    public static func parse(_ text: String) -> Result<ScheduleNotation, ScheduleParseFailure> {
        var ignored: [ScheduleDiagnostic] = []
        return OpeningHoursParser(text: text).run(warnings: &ignored)
    }

    /// Reads a notation like `parse(_:)`; a successful reading also appends to `warnings` what it
    /// assumed (BG217: times with no days, read as every day), each with its column.
    public static func parse(
        _ text: String, warnings: inout [ScheduleDiagnostic]
    ) -> Result<ScheduleNotation, ScheduleParseFailure> {
        OpeningHoursParser(text: text).run(warnings: &warnings)
    }

    /// Human text that `parse` reads back to an equal value.
    public func format(_ language: ScheduleLanguage) -> String {
        switch self {
        case let .hours(hours): hours.format(language)
        case let .events(times): times.format(language)
        }
    }

    /// The OpenStreetMap form (`opening_hours`, or points in time as in `collection_times`).
    public var openingHoursSyntax: String {
        switch self {
        case let .hours(hours): hours.openingHoursSyntax
        case let .events(times): times.openingHoursSyntax
        }
    }

    /// The clock the notation states, if any.
    public var zone: NotationZone? {
        switch self {
        case let .hours(hours): hours.zone
        case let .events(times): times.zone
        }
    }
}
