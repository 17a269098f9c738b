import BoardGenModel
import BoardGenSupport
import Foundation
import ScheduleModel

/// Decoding `site.yaml`.
extension LoadSession {
    func loadSettings() -> SiteSettings? {
        guard let file = loadObject("site.yaml", what: "site.yaml") else { return nil }
        defer { file.finish() }
        let school = file.object("school", what: "the school", required: true)
        let system = file.object("system", what: "the journal system", required: true)
        let shortName = school.flatMap { text($0, "short_name", required: true) }
        let settings = SiteSettings(
            shortName: shortName ?? "",
            fullName: school.flatMap { text($0, "full_name") },
            address: school.flatMap { text($0, "address") },
            director: school.flatMap { text($0, "director") },
            systemName: system.flatMap { text($0, "name", required: true) } ?? "",
            systemFullName: system.flatMap { text($0, "full_name") },
            organisationCode: system.flatMap { text($0, "organisation_code") },
            url: siteURL(file) ?? "https://example.invalid/",
            language: choice(file, "language", default: SiteLanguage.ru) ?? .ru,
            timeZone: timeZone(file),
            schoolYear: schoolYear(file),
            holidays: holidayOverrides(file),
            today: date(file, "today"),
            location: file.location)
        school?.finish()
        system?.finish()
        calendarForParsing = settings.calendar
        return shortName == nil ? nil : settings
    }
}

private extension LoadSession {
    func siteURL(_ file: YAMLObject) -> String? {
        guard let text = file.string("url", required: true) else { return nil }
        let value = text.value.trimmedSpaces
        guard let url = URL(string: value), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            sink.report(
                .invalidValue,
                "url '\(value)' must be an absolute http(s) address such as https://school.example.ru/help/",
                at: text.location)
            return nil
        }
        return value.hasSuffix("/") ? value : value + "/"
    }

    func timeZone(_ file: YAMLObject) -> TimeZone {
        let fallback = TimeZone(identifier: "Europe/Moscow")!
        guard let text = file.string("time_zone") else { return fallback }
        guard let zone = TimeZone(identifier: text.value) else {
            sink.report(
                .invalidValue, "unknown time zone '\(text.value)'; use an IANA name such as Europe/Moscow",
                at: text.location)
            return fallback
        }
        return zone
    }

    func schoolYear(_ file: YAMLObject) -> SchoolYear? {
        guard let year = file.object("school_year", what: "the school year") else { return nil }
        defer { year.finish() }
        let name = text(year, "name", required: true) ?? ""
        guard let start = date(year, "start", required: true), let end = date(year, "end", required: true) else {
            return nil
        }
        guard let range = DateRange(start: start, end: end) else {
            sink.report(
                .invalidDate, "the school year ends (\(end.iso)) before it starts (\(start.iso))",
                at: year.keyLocation("end") ?? year.location)
            return nil
        }
        let terms = uniqueByID(
            year.list("terms").compactMap { node in
                decodeTerm(node, within: range).map { (item: $0, id: $0.id, location: node.location) }
            }, what: "a term", file: "site.yaml")
        let vacations = year.list("vacations").compactMap(decodeVacation)
        return SchoolYear(name: name, range: range, terms: terms, vacations: vacations)
    }

    func decodeTerm(_ node: YAMLNode, within year: DateRange) -> Term? {
        guard let object = YAMLObject(node, what: "a term", sink: sink) else { return nil }
        defer { object.finish() }
        guard let id = id(object), let name = text(object, "name", required: true),
            let range = dateRange(object, what: "term '\(id)'")
        else { return nil }
        if !year.contains(range.start) || !year.contains(range.end) {
            sink.report(
                .invalidDate, "term '\(id)' (\(range)) lies partly outside the school year (\(year))",
                at: object.location,
                severity: .warning)
        }
        return Term(id: id, name: name, range: range)
    }

    func decodeVacation(_ node: YAMLNode) -> Vacation? {
        guard let object = YAMLObject(node, what: "a vacation", sink: sink) else { return nil }
        defer { object.finish() }
        guard let name = text(object, "name", required: true), let range = dateRange(object, what: "vacation '\(name)'")
        else { return nil }
        return Vacation(name: name, range: range)
    }

    func dateRange(_ object: YAMLObject, what: String) -> DateRange? {
        guard let start = date(object, "start", required: true), let end = date(object, "end", required: true) else {
            return nil
        }
        guard let range = DateRange(start: start, end: end) else {
            sink.report(
                .invalidDate, "\(what) ends (\(end.iso)) before it starts (\(start.iso))",
                at: object.keyLocation("end") ?? object.location)
            return nil
        }
        return range
    }

    func holidayOverrides(_ file: YAMLObject) -> HolidayCalendar {
        guard let object = file.object("holidays", what: "the holiday overrides") else { return .russia }
        defer { object.finish() }
        let daysOff = object.strings("extra_days_off").compactMap(date)
        let workingDays = object.strings("extra_working_days").compactMap(date)
        // A working Saturday follows Monday's timetable unless the school says otherwise in the body.
        let overrides = HolidayOverrides(
            daysOff: Dictionary(daysOff.map { ($0, "выходной день школы") }, uniquingKeysWith: { first, _ in first }),
            workingDays: Dictionary(workingDays.map { ($0, Weekday.monday) }, uniquingKeysWith: { first, _ in first }))
        return HolidayCalendar.russia.applying(overrides)
    }
}
