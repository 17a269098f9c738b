import Testing

@testable import ScheduleModel

/// Every notation and refusal that docs/schedule-model.md promises.
@Suite("Notations documented in docs/schedule-model.md")
struct DocumentedNotationTests {
    @Test(
        "Accepted",
        arguments: [
            ("пнд, втр, срд, чтв, птн 10:00-11:00", "Mo-Fr 10:00-11:00"),
            ("суб, вск 10:00-11:00", "Sa,Su 10:00-11:00"),
            ("Tues, Thurs 10:00-11:00", "Tu,Th 10:00-11:00"),
            ("в среду 10:00-11:00", "We 10:00-11:00"),
            ("пят 10:00-11:00", "Fr 10:00-11:00"),
            ("воск 10:00-11:00", "Su 10:00-11:00"),
            ("wedn 10:00-11:00", "We 10:00-11:00"),
            ("Monday 10:00-11:00", "Mo 10:00-11:00"),
            ("в будни 9:00-17:00", "Mo-Fr 09:00-17:00"),
            ("будни 9:00-17:00", "Mo-Fr 09:00-17:00"),
            ("weekdays 9:00-17:00", "Mo-Fr 09:00-17:00"),
            ("каждый день 9:00-17:00", "Mo-Su 09:00-17:00"),
            ("без выходных 9:00-17:00", "Mo-Su 09:00-17:00"),
            ("daily 9:00-17:00", "Mo-Su 09:00-17:00"),
            ("every day 9:00-17:00", "Mo-Su 09:00-17:00"),
            ("по выходным 10:00-14:00", "Sa,Su 10:00-14:00"),
            ("weekends 10:00-14:00", "Sa,Su 10:00-14:00"),
            ("в рабочие дни 9:00-17:00", "Mo-Fr 09:00-17:00; PH off"),
            ("working days 9:00-17:00", "Mo-Fr 09:00-17:00; PH off"),
            ("пн-пт 9-00-13-00", "Mo-Fr 09:00-13:00"),
            ("пн-пт 9-18", "Mo-Fr 09:00-18:00"),
            ("from 9:00 to 18:00", "Mo-Su 09:00-18:00"),
            ("пн 9:00-13:00 и 13:45-18:00", "Mo 09:00-13:00,13:45-18:00"),
            ("9:00-13:00, 14:00-18:00", "Mo-Su 09:00-13:00,14:00-18:00"),
            ("24 часа", "24/7"),
            ("24 hours", "24/7"),
            ("round the clock", "24/7"),
            ("пн 22:00-02:00 (след. дня)", "Mo 22:00-02:00"),
            ("пн 22:00-02:00 (next day)", "Mo 22:00-02:00"),
            ("пн-пт 9:00-18:00\nсб 10:00-14:00", "Mo-Fr 09:00-18:00; Sa 10:00-14:00"),
            ("пн-вс 9:00-18:00; вс выходной", "Mo-Sa 09:00-18:00"),
            ("не работает", "off"),
            ("closed", "off"),
            ("пн-пт 9:00-18:00, кроме праздников", "Mo-Fr 09:00-18:00; PH off"),
            ("Mo-Su 9:00-18:00, except weekends and public holidays", "Mo-Fr 09:00-18:00; PH off"),
            ("Mo-Fr 9:00-18:00, except public holidays", "Mo-Fr 09:00-18:00; PH off"),
            ("пн-пт 9:00-18:00, включая праздничные дни", "Mo-Fr 09:00-18:00"),
            ("по записи", "\"by appointment\""),
            ("по договорённости «звонить завучу»", "\"by appointment: звонить завучу\""),
            ("не определено", "unknown"),
            ("unknown \"after the holidays\"", "unknown \"after the holidays\""),
            ("часы работы: пн-пт 9:00-18:00", "Mo-Fr 09:00-18:00"),
            ("пн: 9:00-18:00", "Mo 09:00-18:00"),
            ("ПН—ПТ 9.00—18.00", "Mo-Fr 09:00-18:00"),
            ("пн-пт 9:00-18:00, перерыв 13:00-14:00", "Mo-Fr 09:00-13:00,14:00-18:00"),
            (
                "пн-пт 9:00-18:00, перерыв на обед 13:00-13:45; сб 10:00-14:00",
                "Mo-Fr 09:00-13:00,13:45-18:00; Sa 10:00-14:00"
            ),
            ("Mon-Fri 9:00-18:00, lunch 13:00-14:00", "Mo-Fr 09:00-13:00,14:00-18:00"),
            ("пн-пт 9-18; сб, вс — выходные", "Mo-Fr 09:00-18:00"),
            ("пн-вс 9:00-18:00; сб, вс - выходной", "Mo-Fr 09:00-18:00"),
            ("Mon-Fri 9am-6pm", "Mo-Fr 09:00-18:00"),
            ("Mon-Fri 9:30 am - 5:30 pm", "Mo-Fr 09:30-17:30"),
            ("Sat 12pm-1pm", "Sa 12:00-13:00"),
            ("9:00-18:00 пн-пт", "Mo-Fr 09:00-18:00"),
            ("14:00-15:00 Понедельник, пятница", "Mo,Fr 14:00-15:00"),
            ("ежедневно с 9 до 18, кроме воскресенья", "Mo-Sa 09:00-18:00"),
            ("пн-сб 9-18, кроме среды и праздничных дней", "Mo,Tu,Th-Sa 09:00-18:00; PH off"),
            ("daily 9-17 except Sunday", "Mo-Sa 09:00-17:00"),
            ("пн 10:00-12:00 «каб. 12»", "Mo 10:00-12:00 \"каб. 12\""),
            ("закрыто \"ремонт\"", "off \"ремонт\""),
        ])
    func accepted(text: String, osm: String) throws {
        #expect(try Fixture.hours(text).openingHoursSyntax == osm, "\(text)")
    }

    @Test(
        "Refused",
        arguments: [
            ("пн 1400-1500", ScheduleCode.invalidTime),
            ("пн 10:00-11:00 (next day)", .ambiguous),
            ("по записи; пн 10:00-12:00", .ambiguous),
            ("s 10:00-11:00", .ambiguous),
            ("t 10:00-11:00", .ambiguous),
            ("пн \"unterminated", .unexpectedText),
            ("пн 22:00-02:00", .endBeforeStart),
            ("пн 22:00-03:00 (next day); вт 02:00-05:00", .overlappingRanges),
            ("пн 9:00-18:00, перерыв 19:00-20:00", .ambiguous),
            ("перерыв 13:00-14:00", .ambiguous),
            ("пн 9:00-18:00, перерыв", .unexpectedText),
            ("Mo 13pm-2pm", .invalidTime),
            ("9:00-18:00, сб 10:00-14:00", .ambiguous),
            ("ежедневно 9-18, кроме пнд2", .unexpectedText),
            ("пн 10:00-12:00 \"a\" \"b\"", .ambiguous),
        ])
    func refused(text: String, code: ScheduleCode) throws {
        let failure = try #require(Fixture.failure(text), "\(text) should be refused")
        #expect(failure.diagnostics.first?.code == code, "\(text): \(failure.diagnostics)")
    }
}
