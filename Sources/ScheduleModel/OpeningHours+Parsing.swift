extension OpeningHours {
    /// Reads a Russian or English notation ("пн-пт 9:00-18:00", "Mon-Fri 9:00-18:00", "24/7",
    /// OpenStreetMap `opening_hours`) into a value, or into diagnostics with the column of each fault.
    public static func parse(_ text: String) -> Result<OpeningHours, ScheduleParseFailure> {
        OpeningHoursParser(text: text).run()
    }
}
