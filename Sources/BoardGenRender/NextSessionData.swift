import BoardGenModel
import BoardGenSupport
import Foundation
import ScheduleModel

/// The data the home page's small script reads to show each consultant's next
/// session: concrete occurrences computed by ScheduleModel (holidays, transfers,
/// vacations and exceptions already applied), so the script only picks the first one ahead.
struct NextSessionData {
    let site: Site
    let people: [Person]
    let today: LocalDate

    /// How far ahead occurrences are listed; a site rebuilt less often falls back to the static timetable.
    static let horizonDays = 120

    private struct Payload: Encodable {
        var timeZone: String
        var language: String
        var generatedFor: String
        var until: String
        var sessions: [Session]
    }

    private struct Session: Encodable {
        var person: String
        var start: Int64
        var end: Int64
        var room: String?
    }

    /// JSON safe to embed in `<script type="application/json">` (no `<`, so no `</script>`).
    func makeJSON() -> String {
        let window = DateRange(start: today, end: today.adding(days: Self.horizonDays))!
        let calendar = site.settings.calendar
        let sessions = people.flatMap { person -> [Session] in
            let timetable = person.makeTimetable(validity: validity(of: person))
            return timetable.occurrences(in: window, calendar: calendar).map {
                Session(person: person.id, start: milliseconds($0.start), end: milliseconds($0.end), room: $0.room)
            }
        }.sorted { ($0.start, $0.person) < ($1.start, $1.person) }
        let payload = Payload(
            timeZone: site.settings.timeZone.identifier, language: site.settings.language.rawValue,
            generatedFor: today.iso, until: window.end.iso, sessions: sessions)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: "&", with: "\\u0026")
    }
}

private extension NextSessionData {
    func validity(of person: Person) -> DateRange? {
        site.timetables.first { $0.isPublished && $0.people.contains { $0.id == person.id } }?.validity
    }

    func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
