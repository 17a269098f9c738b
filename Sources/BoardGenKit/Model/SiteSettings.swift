import Foundation
import ScheduleModel

/// `site.yaml`: the school, the website and the school calendar.
public struct SiteSettings: Sendable {
    public var shortName: String
    public var fullName: String?
    public var address: String?
    public var director: String?
    public var systemName: String
    public var systemFullName: String?
    public var organisationCode: String?
    /// The absolute website URL, ending with `/`.
    public var url: String
    public var language: SiteLanguage
    public var timeZone: TimeZone
    public var schoolYear: SchoolYear?
    public var holidays: HolidayCalendar
    /// A fixed "today" from the content, for reproducible builds.
    public var today: LocalDate?
    public var location: SourceLocation

    /// The school calendar that every schedule computation uses.
    public var calendar: SchoolCalendar {
        SchoolCalendar(timeZone: timeZone, holidays: holidays, schoolYear: schoolYear)
    }
}
