import Foundation

extension OpeningHours {
    /// The OpenStreetMap `opening_hours` form, used as the canonical normal form:
    /// "Mo,Fr 14:00-15:00; PH off", "Mo-Fr 09:00-13:00,13:45-18:00", "24/7", "off",
    /// `unknown "note"`, `"by appointment: note"`, `Mo 10:00-12:00 "note"`. An overnight range is written "22:00-02:00"
    /// as OSM does (the human form states "(next day)" instead). Days whose times are unknown are
    /// "Mo-Fr unknown; PH off". OSM has no time zones: a stated zone is left out (the times are the
    /// notation's wall clock); `localized(to:at:)` first gives the school's own times.
    public var openingHoursSyntax: String {
        switch status {
        case .byAppointment:
            return osmNote.map { "\"by appointment: \($0)\"" } ?? "\"by appointment\""
        case .unknown where !daysWithoutTimes.isEmpty:
            let body = "\(OpeningHours.osmDays(daysWithoutTimes)) unknown"
            let comment = osmNote.map { " \"\($0)\"" } ?? ""
            return (holidayPolicy == .closed ? body + "; PH off" : body) + comment
        case .unknown:
            return osmNote.map { "unknown \"\($0)\"" } ?? "unknown"
        case .regular:
            let comment = osmNote.map { " \"\($0)\"" } ?? ""
            guard !week.isEmpty else { return "off" + comment }
            let body =
                Weekday.allCases.allSatisfy({ week[$0] == [.allDay] })
                ? "24/7"
                : rules.map {
                    "\(OpeningHours.osmDays($0.days)) \($0.ranges.map(\.description).joined(separator: ","))"
                }
                .joined(separator: "; ")
            return (holidayPolicy == .closed ? body + "; PH off" : body) + comment
        }
    }

    /// The note as an OSM comment: double quotes cannot appear inside one, so they become single quotes.
    var osmNote: String? { note?.replacingOccurrences(of: "\"", with: "'") }

    /// "Mo-Fr", "Mo,We,Fr", "Mo-Su".
    static func osmDays(_ days: [Weekday]) -> String {
        runs(of: days).map { run in
            run.count >= 3 ? "\(run[0].osmCode)-\(run.last!.osmCode)" : run.map(\.osmCode).joined(separator: ",")
        }.joined(separator: ",")
    }
}
