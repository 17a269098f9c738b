extension OpeningHours {
    /// Reads a Russian or English notation ("пн-пт 9:00-18:00", "Mon-Fri 9:00-18:00", "24/7",
    /// OpenStreetMap `opening_hours`) into a value, or into diagnostics with the column of each fault.
    /// Fixed times ("по вторникам в 15:00") are refused with BG216: they are `FixedTimes`, read by
    /// `ScheduleNotation.parse(_:)`.
    public static func parse(_ text: String) -> Result<OpeningHours, ScheduleParseFailure> {
        var ignored: [ScheduleDiagnostic] = []
        return OpeningHoursParser(text: text).runHours(warnings: &ignored)
    }

    /// Reads a notation like `parse(_:)`; a successful reading also appends to `warnings` what it
    /// assumed (BG217: times with no days, read as every day), each with its column.
    public static func parse(
        _ text: String, warnings: inout [ScheduleDiagnostic]
    ) -> Result<OpeningHours, ScheduleParseFailure> {
        OpeningHoursParser(text: text).runHours(warnings: &warnings)
    }
}
