import BoardGenModel
import BoardGenSupport
import Foundation
import ScheduleModel

/// The iCalendar feeds of the consultation timetables, written with ScheduleModel's exporter:
/// `calendar/all.ics`, one per published timetable, and one per person in a published timetable.
struct CalendarFeeds {
    let site: Site
    let views: ViewFactory

    /// Each person's events are computed once and put into the timetable's, the person's and the
    /// all-in-one feed.
    func makeFiles() -> [OutputFile] {
        let published = site.timetables.filter(\.isPublished)
        guard !published.isEmpty, site.settings.schoolYear != nil else { return [] }
        var files: [OutputFile] = []
        var everyone: [[String]] = []
        var seen: Set<String> = []
        for timetable in published {
            let people = people(of: timetable)
            let events = people.map { lines(of: event(for: $0, validity: timetable.validity)) }
            files.append(feed("calendar/\(timetable.id).ics", name: timetable.title, events: events))
            for (person, event) in zip(people, events) where seen.insert(person.id).inserted {
                everyone.append(event)
                files.append(
                    feed(
                        "calendar/\(person.id).ics", name: "\(views.labels.timetable): \(person.displayName)",
                        events: [event]))
            }
        }
        files.append(
            feed("calendar/all.ics", name: "\(views.labels.timetable) — \(site.settings.shortName)", events: everyone))
        return files
    }
}

private extension CalendarFeeds {
    func people(of timetable: TimetableDefinition) -> [Person] {
        timetable.people.compactMap { site.person($0.id) }
    }

    func event(for person: Person, validity: DateRange?) -> ICalendarEvent {
        let details = ([person.role] + person.topics.map(Optional.some)).compactMap { $0 }.joined(separator: "\n")
        return ICalendarEvent(
            timetable: person.makeTimetable(validity: validity),
            summary: "\(views.labels.consultation): \(person.displayName)",
            details: details.isEmpty ? nil : details)
    }

    /// DTSTAMP is the build's "today" at midnight UTC, so feeds are reproducible.
    var stamp: Date { site.settings.calendar.instant(on: views.today, minutes: 0) }

    func lines(of event: ICalendarEvent) -> [String] {
        ICalendarWriter.makeEventLines(event, calendar: site.settings.calendar, stamp: stamp)
    }

    func feed(_ path: String, name: String, events: [[String]]) -> OutputFile {
        let text = ICalendarWriter.makeCalendar(
            name: name, eventLines: events, calendar: site.settings.calendar, stamp: stamp)
        return OutputFile(path: path, text: text)
    }
}
