import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport
import Foundation
import ScheduleModel

/// Interpreting scalar text: ids, dates, hours, audiences, enumerations.
extension LoadSession {
    /// An id: lowercase Latin letters, digits and hyphens.
    func id(_ object: YAMLObject, key: String = "id") -> String? {
        guard let text = object.string(key, required: true) else { return nil }
        let allowed = text.value.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed, !text.value.isEmpty, text.value.first != "-" else {
            sink.report(
                .invalidValue,
                "id '\(text.value)' may contain only lowercase Latin letters, digits and '-' (it becomes part of file names and links)",
                at: text.location)
            return nil
        }
        return text.value
    }

    /// A date written `YYYY-MM-DD` or `DD.MM.YYYY`.
    func date(_ text: Located<String>) -> LocalDate? {
        let value = text.value.trimmedSpaces
        if let date = LocalDate(iso: value) { return date }
        let parts = value.split(separator: ".").map { Int($0) }
        if parts.count == 3, let day = parts[0], let month = parts[1], let year = parts[2], year > 999,
            let date = LocalDate(year: year, month: month, day: day)
        {
            return date
        }
        sink.report(
            .invalidDate, "'\(text.value)' is not a valid date; write it as YYYY-MM-DD (2026-09-01)", at: text.location)
        return nil
    }

    /// A date under a key.
    func date(_ object: YAMLObject, _ key: String, required: Bool = false) -> LocalDate? {
        object.string(key, required: required).flatMap(date)
    }

    /// An opening-hours notation, parsed by ScheduleModel; faults and warnings (BG217) point into the string.
    func hours(_ text: Located<String>) -> HoursValue? {
        var warnings: [ScheduleDiagnostic] = []
        defer { sink.report(warnings.map { Diagnostic($0, in: text.value, at: text.location) }) }
        switch OpeningHours.parse(text.value, warnings: &warnings) {
        case .success(let hours):
            return HoursValue(text: text.value, written: hours, calendar: calendarForParsing, location: text.location)
        case .failure(let failure):
            sink.report(failure.diagnostics.map { Diagnostic($0, in: text.value, at: text.location) })
            return nil
        }
    }

    /// Hours under a key.
    func hours(_ object: YAMLObject, _ key: String, required: Bool = false) -> HoursValue? {
        object.string(key, required: required).flatMap(hours)
    }

    /// Hours or fixed times under a key (a channel's `hours`): either class of notation, each moved
    /// onto the school's clock when the text states another.
    func hoursOrEvents(_ object: YAMLObject, _ key: String) -> (HoursValue?, EventTimesValue?) {
        guard let text = object.string(key) else { return (nil, nil) }
        var warnings: [ScheduleDiagnostic] = []
        defer { sink.report(warnings.map { Diagnostic($0, in: text.value, at: text.location) }) }
        switch ScheduleNotation.parse(text.value, warnings: &warnings) {
        case .success(.hours(let hours)):
            return (
                HoursValue(text: text.value, written: hours, calendar: calendarForParsing, location: text.location), nil
            )
        case .success(.events(let times)):
            let events = EventTimesValue(
                text: text.value, written: times, calendar: calendarForParsing, location: text.location)
            return (nil, events)
        case .failure(let failure):
            sink.report(failure.diagnostics.map { Diagnostic($0, in: text.value, at: text.location) })
            return (nil, nil)
        }
    }

    /// A list of audiences.
    package func audiences(_ object: YAMLObject, key: String = "audiences") -> [Audience] {
        object.strings(key).compactMap(audience)
    }

    /// One audience name.
    func audience(_ text: Located<String>) -> Audience? {
        if let audience = Audience(rawValue: text.value) { return audience }
        let known = Audience.allCases.map(\.rawValue).joined(separator: ", ")
        sink.report(.invalidValue, "unknown audience '\(text.value)'; use one of: \(known)", at: text.location)
        return nil
    }

    /// A value of an enumeration such as a channel kind.
    func choice<T: RawRepresentable & CaseIterable>(_ object: YAMLObject, _ key: String, default value: T? = nil) -> T?
    where T.RawValue == String {
        guard let text = object.string(key, required: value == nil) else { return value }
        if let choice = T(rawValue: text.value) { return choice }
        let known = T.allCases.map(\.rawValue)
        let hint = Suggestion.didYouMean(text.value, in: known).map { "\($0) " } ?? ""
        sink.report(
            .invalidValue, "'\(text.value)' is not a valid \(key); \(hint)use one of: \(known.joined(separator: ", "))",
            at: text.location)
        return nil
    }

    /// References to other items by id.
    func references(_ object: YAMLObject, _ key: String) -> [Reference] {
        object.strings(key).map { Reference($0.value, at: $0.location) }
    }

    /// A plain text value, trimmed; nil when absent.
    package func text(_ object: YAMLObject, _ key: String, required: Bool = false) -> String? {
        object.string(key, required: required)?.value.trimmedSpacesAndNewlines
    }
}
