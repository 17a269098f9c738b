import BoardGenDiagnostics
import BoardGenModel
import ScheduleModel

/// Content rules for hours: a status such as "уточняется" is published as written but is not hours.
extension ContentChecker {
    /// BG415: a desk's intake or processing, or a channel's hours, that give no days and times.
    /// PublicationChecker does not count such a desk layer as published hours either.
    func hoursWithoutTimes() -> [Diagnostic] {
        deskHoursWithoutTimes() + channelHoursWithoutTimes()
    }
}

private extension ContentChecker {
    func deskHoursWithoutTimes() -> [Diagnostic] {
        site.desks.flatMap { desk -> [Diagnostic] in
            [(PublishedItem.DeskLayer.intake, desk.intake), (.processing, desk.processing)].compactMap {
                layer, hours -> Diagnostic? in
                guard let hours, !hours.givesTimes else { return nil }
                let remark = layer == .intake ? " (a remark such as \"по записи\" belongs in 'intake_note')" : ""
                var finding = Diagnostic(
                    .hoursWithoutTimes,
                    "desk '\(desk.id)' gives \"\(hours.text)\" as its \(layer.rawValue) hours, which is not hours "
                        + "(\(notHours(hours))) and does not count as published \(layer.rawValue) hours; write the days and "
                        + "times once the school sets them, e.g. \(layer.rawValue): \"пн-пт 9:00-18:00\"\(remark)",
                    at: hours.location)
                finding.item = PublishedItem.deskHours(desk: desk.id, layer: layer).mark
                return finding
            }
        }
    }

    func channelHoursWithoutTimes() -> [Diagnostic] {
        site.channels.compactMap { channel -> Diagnostic? in
            guard let hours = channel.hours, !hours.givesTimes else { return nil }
            var finding = Diagnostic(
                .hoursWithoutTimes,
                "channel '\(channel.id)' gives \"\(hours.text)\" as its hours, which is not hours "
                    + "(\(notHours(hours))); write the days and times, e.g. hours: \"пн-пт 9:00-17:00\", "
                    + "or move the remark to 'note' and leave 'hours' out",
                at: hours.location)
            finding.item = PublishedItem.contact(channel.id).mark
            finding.audience = channel.audiences.map(\.rawValue).joined(separator: ",")
            return finding
        }
    }

    /// Why the value is not hours, by what it says instead.
    func notHours(_ value: HoursValue) -> String {
        switch value.hours.status {
        case .unknown: "it says they are not known yet"
        case .byAppointment: "it says help is by appointment"
        case .regular: "it gives no days and times"
        }
    }
}
