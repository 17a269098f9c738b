import Foundation
import PropertyBased
import Testing

@testable import ScheduleModel

/// Issue 13 item 6: response times read from regulations and computed over the production calendar.
@Suite("Response times read from regulation text")
struct ResponseRuleParsingTests {
    @Test(
        "Sentences from regulations",
        arguments: [
            ("в день поступления", ResponseRule(kind: .sameDay)),
            // "регистрируются в день поступления, при поступлении в нерабочее время — на следующий рабочий день":
            // https://docs.cntd.ru/document/459702414/titles/1CB2HCT
            ("на следующий рабочий день", ResponseRule(kind: .nextWorkingDay)),
            // "в день обращения заявителя": https://docs.cntd.ru/document/424034039/titles/1G1MFRL
            // Who sent it does not move the day.
            ("в день обращения заявителя", ResponseRule(kind: .sameDay, anchor: .submission)),
            ("в день обращения", ResponseRule(kind: .sameDay, anchor: .submission)),
            ("не позднее следующего рабочего дня", ResponseRule(kind: .nextWorkingDay)),
            // "не позднее 1 (одного) рабочего дня, следующего за днем его поступления":
            // https://docs.cntd.ru/document/407160610/titles/5CMFIF
            (
                "не позднее 1 (одного) рабочего дня, следующего за днём его поступления",
                ResponseRule(kind: .nextWorkingDay)
            ),
            (
                "не позднее 2 часов первого рабочего дня, следующего за днём обращения",
                ResponseRule(kind: .hoursIntoNextWorkingDay(hours: 2), anchor: .submission)
            ),
            (
                "в течение 10 рабочих дней с даты регистрации",
                ResponseRule(kind: .within(amount: 10, unit: .workingDays), anchor: .registration)
            ),
            ("в течение 3 рабочих дней", ResponseRule(kind: .within(amount: 3, unit: .workingDays))),
            // "до 14 дней", "До 2 часов", "не превышает 10 дней", "в течение рабочего дня" (survey of real
            // regulations, 2026-12-03; e.g. a state service's regulation at all-docs.ru)
            ("до 14 дней", ResponseRule(kind: .within(amount: 14, unit: .days))),
            ("До 2 часов", ResponseRule(kind: .within(amount: 2, unit: .hours))),
            ("в срок до 3 рабочих дней", ResponseRule(kind: .within(amount: 3, unit: .workingDays))),
            ("не превышает 10 дней", ResponseRule(kind: .within(amount: 10, unit: .days))),
            ("в течение рабочего дня", ResponseRule(kind: .sameDay)),
            (
                "в срок не позднее 1 рабочего дня с момента его поступления",
                ResponseRule(kind: .within(amount: 1, unit: .workingDays))
            ),
            ("не позднее следующего рабочего дня со дня ее поступления", ResponseRule(kind: .nextWorkingDay)),
            (
                "в течение 3 рабочих дней с момента фактического получения заявления",
                ResponseRule(kind: .within(amount: 3, unit: .workingDays))
            ),
            (
                "не позднее одного рабочего дня, следующего за днем его получения учреждением",
                ResponseRule(kind: .nextWorkingDay)
            ),
            // A bare period as contact pages write it: "Срок ответа — 2 рабочих дня".
            ("2 рабочих дня", ResponseRule(kind: .within(amount: 2, unit: .workingDays))),
            ("1 рабочий день", ResponseRule(kind: .within(amount: 1, unit: .workingDays))),
            ("24 часа", ResponseRule(kind: .within(amount: 24, unit: .hours))),
            // "регистрируется в течение трёх рабочих дней", "рассматривается в течение 30 дней со дня
            // регистрации": https://xn----ftbbc1ccapv3b.xn--p1ai/obrashhenija-grazhdan/
            ("в течение трёх рабочих дней", ResponseRule(kind: .within(amount: 3, unit: .workingDays))),
            (
                "в течение 30 дней со дня регистрации",
                ResponseRule(kind: .within(amount: 30, unit: .days), anchor: .registration)
            ),
            // "в течение семи дней со дня регистрации": https://shcola-kezhma.nubex.ru/feedback_form/
            (
                "в течение семи дней со дня регистрации",
                ResponseRule(kind: .within(amount: 7, unit: .days), anchor: .registration)
            ),
            // "в течение 5 рабочих дней с момента его регистрации": https://lomovoe-sosh.obr57.ru/written-appeals
            (
                "в течение 5 рабочих дней с момента его регистрации",
                ResponseRule(kind: .within(amount: 5, unit: .workingDays), anchor: .registration)
            ),
            // "не должен превышать 3 (трёх) календарных дней с момента поступления":
            // https://docs.cntd.ru/document/499107252/titles/13745QK
            (
                "не должен превышать 3 (трёх) календарных дней с момента поступления",
                ResponseRule(kind: .within(amount: 3, unit: .days))
            ),
            // "не должен превышать одного рабочего дня с момента их поступления":
            // https://docs.cntd.ru/document/406868727/titles/1E99AMR
            (
                "не должен превышать одного рабочего дня с момента их поступления",
                ResponseRule(kind: .within(amount: 1, unit: .workingDays))
            ),
            ("в течение 2-х рабочих часов", ResponseRule(kind: .within(amount: 2, unit: .workingHours))),
            (
                "в течение 24 часов с момента обращения",
                ResponseRule(kind: .within(amount: 24, unit: .hours), anchor: .submission)
            ),
            (
                "не позднее 3 рабочих дней, следующих за днём поступления",
                ResponseRule(kind: .within(amount: 3, unit: .workingDays))
            ),
            (
                "within 10 working days of registration",
                ResponseRule(kind: .within(amount: 10, unit: .workingDays), anchor: .registration)
            ),
            ("on the day of receipt", ResponseRule(kind: .sameDay)),
            ("by the next working day", ResponseRule(kind: .nextWorkingDay)),
        ] as [(String, ResponseRule?)])
    func sentences(text: String, rule: ResponseRule?) throws {
        let parsed = try? ResponseRule.parse(text).get()
        #expect(parsed == rule, "\(text)")
    }

    @Test(
        "Refused with one BG214 at the first word that does not fit",
        arguments: [
            ("в ближайшее время", 3), ("в течение 10 рабочих", 1), ("", 1), ("в течение недели", 11),
            ("не позднее рабочего дня МФЦ, следующего за днем получения запроса", 25),
            ("в день поступления и регистрации", 20), ("за 2 недели", 1),
        ])
    func refused(text: String, column: Int) throws {
        guard case let .failure(failure) = ResponseRule.parse(text) else {
            Issue.record("\(text) should be refused")
            return
        }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics[0].code == .badDeadline, "\(failure.diagnostics)")
        #expect(failure.diagnostics[0].column == column, "\(text): \(failure.diagnostics)")
        #expect(failure.diagnostics[0].message.contains("в течение 10 рабочих дней с даты регистрации"))
    }

    @Test("parse(format(rule)) == rule in both languages (property-based)")
    func roundTrip() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...3), Gen.int(in: 1...40), Gen.int(in: 0...11)) {
            kind, amount, pick in
            let anchor = ResponseRule.Anchor.allCases[pick % 3]
            let unit = ResponseRule.Unit.allCases[pick / 3]
            let kinds: [ResponseRule.Kind] = [
                .sameDay, .nextWorkingDay, .hoursIntoNextWorkingDay(hours: amount), .within(amount: amount, unit: unit),
            ]
            let rule = ResponseRule(kind: kinds[kind], anchor: anchor)
            for language in ScheduleLanguage.allCases {
                #expect((try? ResponseRule.parse(rule.format(language)).get()) == rule, "\(rule.format(language))")
            }
        }
    }

    @Test(
        "Russian forms",
        arguments: [
            (
                ResponseRule(kind: .hoursIntoNextWorkingDay(hours: 2), anchor: .submission),
                "не позднее 2 часов первого рабочего дня, следующего за днём обращения"
            ),
            (
                ResponseRule(kind: .within(amount: 21, unit: .workingDays), anchor: .registration),
                "в течение 21 рабочего дня с даты регистрации"
            ),
            (ResponseRule(kind: .within(amount: 1, unit: .hours)), "в течение 1 часа с момента поступления"),
            (
                ResponseRule(kind: .nextWorkingDay, anchor: .submission),
                "не позднее рабочего дня, следующего за днём обращения"
            ),
        ])
    func russian(rule: ResponseRule, text: String) {
        #expect(rule.format(.ru) == text)
    }
}

@Suite("Response times computed over the production calendar and the office's hours")
struct ResponseTimelineTests {
    /// Monday to Friday 9:00-18:00 with lunch 13:00-14:00, in Moscow.
    static let office = ResponseOffice(
        calendar: SchoolFixtures.calendar2026,
        hours: try! OpeningHours.parse("пн-пт 9:00-18:00, перерыв 13:00-14:00").get())

    func at(_ text: String) -> Date { SchoolFixtures.instant(text) }
    func show(_ date: Date?) -> String? { date.map { ISODateTime.format($0, in: SchoolFixtures.moscow) } }

    @Test("A request on Saturday: registered by 11:00 on Monday, answered within 10 working days")
    func saturdayRequest() throws {
        let policy = ResponsePolicy(
            registration: try ResponseRule.parse(
                "не позднее 2 часов первого рабочего дня, следующего за днём обращения"
            ).get(),
            answer: try ResponseRule.parse("в течение 10 рабочих дней с даты регистрации").get())
        let timeline = policy.timeline(for: at("2026-11-21 10:00"), office: Self.office)
        #expect(show(timeline.received) == "2026-11-23T09:00+03:00")
        #expect(show(timeline.registrationDue) == "2026-11-23T11:00+03:00")
        #expect(show(timeline.answerDue) == "2026-12-07T18:00+03:00")
        #expect(
            timeline.describe(.ru)
                == "обращение в субботу, 21.11.2026, в 10:00 → поступило в понедельник, 23.11.2026, в 09:00 → "
                + "зарегистрировано не позднее 11:00 понедельника, 23.11.2026 → ответ не позднее 18:00 понедельника, "
                + "07.12.2026")
        #expect(
            timeline.describe(.en)
                == "request on Saturday, 21 Nov 2026, at 10:00 → received on Monday, 23 Nov 2026, at 09:00 → "
                + "registered by 11:00 on Monday, 23 Nov 2026 → answer by 18:00 on Monday, 7 Dec 2026")
    }

    @Test(
        "Single rules from a request",
        arguments: [
            ("в день поступления", "2026-11-21 10:00", "2026-11-23T18:00+03:00"),
            ("в день поступления", "2026-11-23 19:00", "2026-11-24T18:00+03:00"),
            ("в день обращения", "2026-11-23 19:00", "2026-11-24T18:00+03:00"),
            ("в день обращения", "2026-11-23 12:00", "2026-11-23T18:00+03:00"),
            ("не позднее следующего рабочего дня", "2026-11-23 10:00", "2026-11-24T18:00+03:00"),
            ("не позднее следующего рабочего дня", "2026-11-03 10:00", "2026-11-05T18:00+03:00"),
            ("в течение 4 рабочих часов", "2026-11-23 11:00", "2026-11-23T16:00+03:00"),
            ("в течение 4 рабочих часов", "2026-11-23 17:00", "2026-11-24T12:00+03:00"),
            ("в течение 24 часов с момента обращения", "2026-11-21 10:00", "2026-11-22T10:00+03:00"),
            ("в течение 3 календарных дней с момента поступления", "2026-11-19 10:00", "2026-11-23T18:00+03:00"),
            ("в течение 30 дней со дня поступления", "2026-12-08 10:00", "2027-01-11T18:00+03:00"),
            ("в течение 3 рабочих дней", "2026-12-29 10:00", "2027-01-12T18:00+03:00"),
        ])
    func single(rule: String, submitted: String, due: String) throws {
        let policy = ResponsePolicy(answer: try ResponseRule.parse(rule).get())
        #expect(show(policy.timeline(for: at(submitted), office: Self.office).answerDue) == due, "\(rule) \(submitted)")
    }

    @Test("A transferred working Saturday is a working day with the hours of the weekday it stands in for")
    func workingSaturday() throws {
        let calendar = SchoolCalendar(timeZone: SchoolFixtures.moscow, holidays: .russia)
        let office = ResponseOffice(calendar: calendar, hours: Self.office.hours)
        let friday = SchoolFixtures.instant("2025-10-31 19:00", calendar: calendar)
        let timeline = ResponsePolicy(registration: ResponseRule(kind: .sameDay)).timeline(for: friday, office: office)
        #expect(timeline.received.map { ISODateTime.format($0, in: SchoolFixtures.moscow) } == "2025-11-01T09:00+03:00")
    }

    @Test("Without hours, every working day of the production calendar is worked in full")
    func wholeDays() throws {
        let office = ResponseOffice(calendar: SchoolFixtures.calendar2026)
        let rule = ResponseRule(kind: .nextWorkingDay)
        #expect(show(rule.due(from: at("2026-11-20 15:00"), office: office)) == "2026-11-24T00:00+03:00")
    }
}
