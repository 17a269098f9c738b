import ScheduleModel

/// The iCalendar feeds of the consultation timetables: one per timetable, one per person, and all.
struct CalendarFeeds {
    let site: Site
    let views: ViewFactory

    func makeFiles() -> [OutputFile] { [] }
}
