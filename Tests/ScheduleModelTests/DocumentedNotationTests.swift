import Testing
@testable import ScheduleModel

/// Every notation and refusal that docs/schedule-model.md promises.
@Suite("Notations documented in docs/schedule-model.md")
struct DocumentedNotationTests {
    @Test("Accepted", arguments: [
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
    ])
    func accepted(text: String, osm: String) throws {
        #expect(try Fixture.hours(text).openingHoursSyntax == osm, "\(text)")
    }

    @Test("Refused", arguments: [
        ("пн 1400-1500", "BG202"),
        ("пн 10:00-11:00 (next day)", "BG205"),
        ("по записи; пн 10:00-12:00", "BG205"),
        ("s 10:00-11:00", "BG205"),
        ("t 10:00-11:00", "BG205"),
        ("пн \"unterminated", "BG212"),
        ("пн 22:00-02:00", "BG203"),
        ("пн 22:00-03:00 (next day); вт 02:00-05:00", "BG206"),
    ])
    func refused(text: String, code: String) throws {
        let failure = try #require(Fixture.failure(text), "\(text) should be refused")
        #expect(failure.diagnostics.first?.code == code, "\(text): \(failure.diagnostics)")
    }
}
