import BoardGenDiagnostics
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

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        shortName: String,
        fullName: String? = nil,
        address: String? = nil,
        director: String? = nil,
        systemName: String,
        systemFullName: String? = nil,
        organisationCode: String? = nil,
        url: String,
        language: SiteLanguage,
        timeZone: TimeZone,
        schoolYear: SchoolYear? = nil,
        holidays: HolidayCalendar,
        today: LocalDate? = nil,
        location: SourceLocation
    ) {
        self.shortName = shortName
        self.fullName = fullName
        self.address = address
        self.director = director
        self.systemName = systemName
        self.systemFullName = systemFullName
        self.organisationCode = organisationCode
        self.url = url
        self.language = language
        self.timeZone = timeZone
        self.schoolYear = schoolYear
        self.holidays = holidays
        self.today = today
        self.location = location
    }
}
