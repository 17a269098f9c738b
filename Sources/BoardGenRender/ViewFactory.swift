import BoardGenModel
import BoardGenSupport
import ScheduleModel

/// Builds the template views from the site model. Pure: no I/O.
package struct ViewFactory {
    let site: Site
    package let labels: Labels
    let today: LocalDate

    var language: ScheduleLanguage { site.settings.language == .en ? .en : .ru }

    package init(site: Site, today: LocalDate) {
        self.site = site
        self.labels = Labels.forLanguage(site.settings.language)
        self.today = today
    }

    /// A channel's view.
    package func makeChannel(_ channel: Channel) -> ChannelView {
        var view = ChannelView(
            id: channel.id, item: PublishedItem.contact(channel.id).mark, kind: channel.kind.rawValue,
            isWide: channel.kind.isWide && !channel.isMissing, kindLabel: labels.kind(channel.kind),
            label: channel.label,
            display: channel.value ?? labels.notSpecified, href: nil, itemprop: nil, isPhone: channel.kind == .phone,
            isMissing: channel.isMissing, missingNote: nil, hours: channel.hours.map(formatHours), note: channel.note,
            audiences: channel.audiences.map(labels.audience).joined(separator: ", "))
        view.events = channel.events.map(formatEvents)
        guard let value = channel.value else {
            if case .missing(let note) = channel.address {
                view.missingNote = note.isEmpty ? labels.missingAddress : note
            }
            return view
        }
        view.parts = valueParts(value, of: channel)
        view.display = view.parts.map(\.partText).joined()
        view.href = view.parts.lazy.compactMap(\.partHref).first
        view.itemprop = view.parts.lazy.compactMap(\.partItemprop).first
        addMicrodata(to: &view, of: channel)
        return view
    }

    /// The channels serving an audience, in file order.
    package func makeChannels(for audience: Audience) -> [ChannelView] {
        site.channels.filter { $0.audiences.contains(audience) }.map(makeChannel)
    }

    /// Channels by reference, skipping dangling ones (already reported by the loader).
    package func makeChannels(_ references: [Reference]) -> [ChannelView] {
        references.compactMap { site.channel($0.id) }.map(makeChannel)
    }

    /// Human text of opening hours in the site's language.
    func formatHours(_ value: HoursValue) -> String {
        switch value.hours.status {
        case .byAppointment: value.hours.note.map { "\(labels.byAppointment) (\($0))" } ?? labels.byAppointment
        // "по рабочим дням" names days without times: say the days, not "не указано".
        case .unknown where !value.hours.daysWithoutTimes.isEmpty: value.hours.format(language)
        case .unknown: value.hours.note ?? labels.notSpecified
        case .regular where value.statesZone:
            // "Пн–Пт 09:00–18:00 по московскому времени, Пн–Пт 11:00–20:00 по местному времени".
            value.written.format(language, localTo: calendar.timeZone, at: calendar.zoneReferenceInstant)
        case .regular: value.hours.format(language)
        }
    }

    /// Human text of fixed times, with both clocks when the text states another zone.
    func formatEvents(_ value: EventTimesValue) -> String {
        guard value.written.zone != nil else { return value.times.format(language) }
        return value.written.format(language, localTo: calendar.timeZone, at: calendar.zoneReferenceInstant)
    }

    /// The school calendar every date and clock on the pages is read in.
    var calendar: SchoolCalendar { site.settings.calendar }

    /// The approval view of a regulation.
    package func makeApproval(_ approval: Approval, regulationID: String) -> ApprovalView {
        var line: String?
        if let number = approval.orderNumber {
            let date = approval.orderDate.map { " \(labels.orderFrom) \($0.dottedString)" } ?? ""
            line = "\(labels.approved) \(labels.order) \(number)\(date)"
        }
        let adoptions = approval.adoptedWith.map { adoption -> String in
            var parts = [adoption.body]
            let details = [
                adoption.date.map { "\(labels.orderFrom) \($0.dottedString)" },
                adoption.protocolNumber.map { "№ \($0)" },
            ].compactMap { $0 }
            if !details.isEmpty { parts.append("(\(labels.protocolWord) \(details.joined(separator: " ")))") }
            return parts.joined(separator: " ")
        }
        var view = ApprovalView(
            item: PublishedItem.approval(regulation: regulationID).mark, preamble: approval.preamble,
            heading: approval.heading,
            position: approval.approvedByPosition,
            name: approval.approvedByName, line: line, adoptions: adoptions)
        view.stamps = approval.stamps.map {
            StampView(side: $0.side.rawValue, isSignature: $0.kind == .signature, lines: $0.lines)
        }
        return view
    }

    /// The deadlines of a regulation as dates for each term of the school year.
    func makeDeadlines(_ regulation: Regulation) -> [DeadlineView] {
        regulation.deadlines.map { spec in
            var dates: [DeadlineView.TermDate] = []
            if let year = site.settings.schoolYear, !isWeekly(spec.rule) {
                dates = spec.rule.dates(for: year, holidays: site.settings.holidays).map {
                    DeadlineView.TermDate(term: $0.term.name, date: $0.date.dottedString, iso: $0.date.iso)
                }
            }
            return DeadlineView(title: spec.title, rule: spec.rule.format(language), dates: dates)
        }
    }

    /// The deadlines as one table: terms × dated rules, plus the recurring rules as text.
    package func makeDeadlineTable(_ regulation: Regulation) -> DeadlineTable {
        let views = makeDeadlines(regulation)
        let dated = views.filter { !$0.dates.isEmpty }
        let terms = site.settings.schoolYear?.terms ?? []
        let rows = terms.map { term in
            DeadlineTable.Row(
                term: term.name,
                dates: dated.map { view in
                    let date = view.dates.first { $0.term == term.name }
                    return DeadlineTable.Cell(date: date?.date ?? "", iso: date?.iso ?? "")
                })
        }
        return DeadlineTable(
            columns: dated.map { "\($0.title) (\($0.rule))" }, rows: dated.isEmpty ? [] : rows,
            hasRows: !dated.isEmpty && !rows.isEmpty,
            recurring: views.filter { $0.dates.isEmpty }.map { "\($0.title): \($0.rule)" })
    }

    /// A blank log form.
    package func makeForm(_ form: LogForm, rows: Int? = nil) -> FormView {
        let empty = FormView.FormRow(cells: Array(repeating: "", count: form.columns.count))
        return FormView(
            id: form.id, item: PublishedItem.form(form.id).mark, label: form.label, title: form.title,
            columns: form.columns,
            rows: Array(repeating: empty, count: rows ?? form.rows))
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        site: Site,
        labels: Labels,
        today: LocalDate
    ) {
        self.site = site
        self.labels = labels
        self.today = today
    }
}

private extension ViewFactory {
    /// The value as links and text, by the kind's format: each phone number its own `tel:` link
    /// (only when complete and valid), an SMS number its `sms:` link followed by the message.
    func valueParts(_ value: String, of channel: Channel) -> [ChannelView.Part] {
        switch channel.kind.format {
        case .phone:
            guard let phones = PhoneText(value) else { return [.value(value, href: nil, itemprop: "telephone")] }
            return phones.pieces.map { piece in
                switch piece {
                case .text(let text): .plain(text)
                case .number(let number): .value(number.display, href: number.telURI, itemprop: "telephone")
                }
            }
        case .sms:
            return smsParts(value, message: channel.message)
        case .email:
            return [.value(value, href: "mailto:\(value)", itemprop: "email")]
        case .webAddress:
            return [.value(value, href: ChannelAddress.webLink(value), itemprop: "url")]
        case .handleOrWebAddress:
            return [.value(value, href: ChannelAddress.messengerLink(value), itemprop: nil)]
        case .text:
            return [.value(value, href: nil, itemprop: nil)]
        }
    }

    /// `7522` linked as `sms:7522?body=…`, then the message to send as text.
    func smsParts(_ value: String, message: String?) -> [ChannelView.Part] {
        let number: ChannelView.Part
        switch ChannelAddress.smsRecipient(value) {
        case .short(let written):
            let digits = written.filter { $0.isASCII && $0.isNumber }
            number = .value(written, href: ChannelAddress.smsURI(to: digits, message: message), itemprop: nil)
        case .mobile(let mobile):
            let international = "+7" + (mobile.national ?? "")
            number = .value(
                mobile.display, href: ChannelAddress.smsURI(to: international, message: message), itemprop: nil)
        case .notMobile, .unreadable:
            number = .value(value, href: nil, itemprop: nil)  // reported by the loader (BG125)
        }
        return [number] + (message.map { [.plain(labels.smsMessage($0))] } ?? [])
    }

    func isWeekly(_ rule: DeadlineRule) -> Bool {
        if case .atLeastPerWeek = rule.kind { return true }
        return false
    }
}
