import Foundation
import Testing

@testable import BoardGenBoard
@testable import BoardGenCheck
@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenLoad
@testable import BoardGenMarkdown
@testable import BoardGenModel
@testable import BoardGenRender
@testable import BoardGenSupport
@testable import BoardGenWrite

/// The hand-written field lists of the page views must name exactly the stored properties, or a
/// template would silently lose a value.
@Suite struct TemplateFieldsTests {
    static var samples: [any TemplateFields] {
        let cell = DeadlineTable.Cell(date: "20.12.2026", iso: "2026-12-20")
        let table = DeadlineTable(
            columns: ["a"], rows: [DeadlineTable.Row(term: "I", dates: [cell])], hasRows: true, recurring: ["b"])
        let term = DeadlineView.TermDate(term: "I", date: "20.12.2026", iso: "2026-12-20")
        let form = FormView(
            id: "log", item: "form:log", label: "Приложение 1", title: "Журнал", columns: ["№"],
            rows: [FormView.FormRow(cells: [""])])
        let approval = ApprovalView(
            item: "approval:x", preamble: "p", heading: "h", position: "d", name: "n", line: "l", adoptions: ["a"])
        let regulation = RegulationView(
            id: "x", item: "regulation:x", title: "t", href: "h", audiences: "a", approval: approval,
            bodyHTML: "<p>b</p>", deadlines: table, hasDeadlines: true, deadlinesItem: "deadlines:x",
            appendices: [form],
            footnotes: [Footnote(mark: "*", text: "f")])
        let channel = ChannelView(
            id: "it-phone", item: "contact:it-phone", kind: "phone", isWide: false, kindLabel: "Телефон",
            label: "Поддержка", display: "+7 928 803-63-55", href: "tel:+79288036355", itemprop: "telephone",
            isPhone: true, isMissing: false, missingNote: nil, hours: "пн-пт 9:00-18:00", note: "n", audiences: "a",
            parts: [.value("+7 928 803-63-55", href: "tel:+79288036355", itemprop: "telephone")])
        return [
            channel, channel.parts[0], ChannelView.Part.plain(" (звонок бесплатный)"), regulation, approval,
            DeadlineView(title: "t", rule: "r", dates: [term]), term, form,
            FormView.FormRow(cells: []),
            table, table.rows[0], cell, Footnote(mark: "*", text: "f"),
            ChannelView.OpeningHoursView(dayOfWeek: "Monday", opens: "09:00", closes: "18:00"),
            ChannelView.SchoolProperty(schoolItemprop: "telephone", schoolContent: "+79288036355"),
        ] + timetableSamples + deskSamples + [notice(channel: channel, table: table, form: form)]
    }

    static var timetableSamples: [any TemplateFields] {
        let cell = TimetableView.GridCell(text: "14:00–15:00", isEmpty: false, pieces: ["14:00–15:00"])
        let row = TimetableView.GridRow(room: "каб. 3-05", who: "Иванова", personItem: "person:ivanova", cells: [cell])
        let listRow = TimetableView.ListRow(
            id: "ivanova", personItem: "person:ivanova", name: "Иванова", role: "учитель", topics: ["ЭЖ"],
            hours: "пн 14:00–15:00", room: "каб. 3-05", feedHref: "calendar/ivanova.ics")
        let timetable = TimetableView(
            id: "consultations", anchor: "timetable-consultations", item: "timetable:consultations", title: "t",
            isGrid: true, isList: false, isPublished: true, note: "n", validity: "v", days: ["пн"], gridRows: [row],
            listRows: [listRow], feedHref: "calendar/consultations.ics")
        return [timetable, row, cell, listRow]
    }

    static var deskSamples: [any TemplateFields] {
        let tell = TellView(item: "tell:desk:parents", audience: "Родителям", items: ["ФИО"])
        let escalation = EscalationView(deskName: "Платформа", deskID: "platform", when: "если не помогли")
        let desk = DeskView(
            id: "desk", anchor: "desk-desk", item: "desk:desk", name: "Учебная часть", isPlatform: false, channels: [],
            intake: "пн-пт", intakeItem: "hours:desk:intake", processingItem: "hours:desk:processing",
            intakeOSM: "Mo-Fr", intakeNote: "n", processing: "пн-пт", processingOSM: "Mo-Fr", outOfHours: "o",
            hasResponseTime: true, responseTime: "1 день", responseTimeIsBlank: false, registrationTime: "r",
            responseExample: "e", tell: [tell], requirements: ["q"], rejectionReasons: ["x"], escalation: escalation)
        return [desk, tell, escalation]
    }

    static func notice(channel: ChannelView, table: DeadlineTable, form: FormView) -> NoticeView {
        NoticeView(
            id: "contacts-parents", item: "notice:contacts-parents", kind: "contacts", title: "t", audience: "a",
            isLandscape: false, url: "https://example.ru/", channels: [channel], hasChannels: true,
            timetable: nil, desk: nil, tell: [], hasTell: false, deadlines: table, hasDeadlines: true,
            deadlinesItem: "deadlines:x", form: form, approvalLine: "l", validFor: "v", printDate: "p",
            schoolName: "s", rules: ["<p>r</p>"], hasRules: true, rulesHeading: "h", documentHTML: "<p>d</p>",
            urlCaption: "c")
    }

    @Test func everyStoredPropertyIsListed() {
        for sample in Self.samples {
            let stored = Set(Mirror(reflecting: sample).children.compactMap(\.label))
            // The one field made from others when a page shows it (see `NoticeView.qrSVG`).
            let computed: Set<String> = sample is NoticeView ? ["qrSVG"] : []
            #expect(Set(sample.templateFields.keys) == stored.union(computed), "\(type(of: sample))")
        }
    }

    @Test func theListedValuesAreTheStoredOnes() {
        for sample in Self.samples {
            for child in Mirror(reflecting: sample).children {
                guard let label = child.label else { continue }
                let listed = sample.templateFields[label] ?? nil
                #expect(
                    listed.map { String(describing: $0) } == Self.unwrapped(child.value).map { String(describing: $0) },
                    "\(type(of: sample)).\(label)")
            }
        }
    }

    /// An optional property's value without its Optional wrapper (nil when empty).
    static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
