import BoardGenModel
import ScheduleModel

/// schema.org microdata of a channel: each channel is a ContactPoint of the organization that answers on it.
/// The school's channels belong to the page's School item and also give it `telephone` and `email` (the
/// names of Rosobrnadzor's recommendations for "Основные сведения"); a channel that a platform desk lists
/// is a ContactPoint of that desk's own Organization, never the school's.
extension ViewFactory {
    func addMicrodata(to view: inout ChannelView, of channel: Channel) {
        view.contactType = [labels.kind(channel.kind), channel.label].compactMap { $0 }.joined(separator: ": ")
        view.operatorName = site.desks.first { desk in
            desk.operatorKind == .platform && desk.channels.contains { $0.id == channel.id }
        }?.name
        view.openingHours = channel.hours.map { Self.openingHours($0.hours) } ?? []
        guard view.operatorName == nil else { return }
        for index in view.parts.indices { view.parts[index].schoolItemprop = view.parts[index].partItemprop }
        view.schoolProperties = view.parts.compactMap { part in
            guard let name = part.partItemprop, ["telephone", "email"].contains(name) else { return nil }
            return ChannelView.SchoolProperty(schoolItemprop: name, schoolContent: part.partText)
        }
    }

    /// One specification per day and time range of regular hours; none for a status without times.
    static func openingHours(_ hours: OpeningHours) -> [ChannelView.OpeningHoursView] {
        guard hours.status == .regular else { return [] }
        return Weekday.allCases.flatMap { day in
            (hours.week[day] ?? []).map { range in
                ChannelView.OpeningHoursView(
                    dayOfWeek: schemaDay(day), opens: range.start.formatted, closes: range.end.formatted)
            }
        }
    }

    /// schema.org's DayOfWeek name.
    static func schemaDay(_ day: Weekday) -> String {
        switch day {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }
}
