import Foundation
import Testing

@testable import ScheduleModel

/// The 2026-12-03 survey of real pages: each class the first parser lost or refused is now read as a
/// person reads it and round-trips (`NotationCorpus.realPages` is part of `NotationCorpus.hours`, which
/// NotationClassTests and TypoPropertyTests run), or refused with one finding at the fault
/// (`NotationCorpus.realRefusals`, run by NotationClassTests' "Refused").
@Suite("Notations from real pages")
struct RealPageNotationTests {
    @Test("Only days off is refused: it would publish a school closed all week")
    func onlyDaysOff() throws {
        let failure = try #require(Fixture.failure("Суббота, воскресенье - выходной"))
        let message = try #require(failure.diagnostics.first?.message)
        #expect(message.contains("Сб, Вс") && message.contains("пн-пт 9:00-18:00"), "\(message)")
        // Closed on every day, or closed as a status, stays a value of its own.
        #expect(try Fixture.hours("пн-вс выходной").isEmpty)
        #expect(try Fixture.hours("закрыто").isEmpty)
    }

    @Test("A day of the month names the way to publish it as written")
    func monthlyDayAdvice() throws {
        let failure = try #require(Fixture.failure("Последний четверг месяца — санитарный день"))
        let message = try #require(failure.diagnostics.first?.message)
        #expect(message.contains("«Последний четверг месяца — санитарный день»"), "\(message)")
        let quoted = try Fixture.hours("пн-пт 10-19; «последний четверг месяца — санитарный день»")
        #expect(quoted.note == "последний четверг месяца — санитарный день")
    }

    @Test("A remark in parentheses or after a dash is offered as the quoted note")
    func remarkAdvice() throws {
        let failure = try #require(Fixture.failure("пн-пт 9-18 (кроме каникул)"))
        #expect(failure.diagnostics.first?.message.contains("«кроме каникул»") == true, "\(failure.diagnostics)")
        #expect(try Fixture.hours("пн-пт 9-18 «кроме каникул»").note == "кроме каникул")
    }

    @Test("An exception inside a rule takes days out of that rule only")
    func exceptionIsLocal() throws {
        let value = try Fixture.hours("ежедневно кроме воскресенья 9-17; вс 10-14")
        #expect(value.openingHoursSyntax == "Mo-Sa 09:00-17:00; Su 10:00-14:00")
    }

    @Test("A long value is read in time linear in its length")
    func longValueIsQuick() throws {
        let value = String(repeating: "пн 9-10, ", count: 3_000) + "вт 9-10"
        let elapsed = ContinuousClock().measure { _ = OpeningHours.parse(value) }
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }

    @Test("Every Unicode dash between two days reads as a range")
    func everyDash() throws {
        let dashes = (0x20...0xFFFF).compactMap(Unicode.Scalar.init).filter {
            $0.properties.generalCategory == .dashPunctuation
        }
        #expect(dashes.count > 15)
        for dash in dashes {
            let value = try Fixture.hours("пн\(dash)пт 9:00\(dash)18:00")
            #expect(value.openingHoursSyntax == "Mo-Fr 09:00-18:00", "U+\(String(dash.value, radix: 16))")
        }
    }
}
