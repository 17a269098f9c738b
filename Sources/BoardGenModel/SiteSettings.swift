import BoardGenDiagnostics
import Foundation
import ScheduleModel

/// `site.yaml`: the school, the website and the school calendar.
package struct SiteSettings: Sendable {
    package var shortName: String
    package var fullName: String?
    package var address: String?
    package var director: String?
    package var systemName: String
    package var systemFullName: String?
    package var organisationCode: String?
    /// The absolute website URL, ending with `/`.
    package var url: String
    package var language: SiteLanguage
    package var timeZone: TimeZone
    package var schoolYear: SchoolYear?
    package var holidays: HolidayCalendar
    /// A fixed "today" from the content, for reproducible builds.
    package var today: LocalDate?
    package var location: SourceLocation

    /// The school calendar that every schedule computation uses.
    package var calendar: SchoolCalendar {
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
