import Foundation
import PropertyBased
import Testing

@testable import ScheduleModel

/// Round trips for the values the new notation classes produce: stated zones, days without times,
/// fixed times; and the zone conversion against the instants it must keep.
@Suite("Round trips of zones, days without times and fixed times (property-based)")
struct NotationRoundTripPropertyTests {
    /// Opening hours with a stated zone (MSK-1 … MSK+9) when they have times.
    static let zonedHours = zip(Generators.openingHours, Gen.int(in: -2...9)).map { hours, pick in
        var value = hours
        if value.status == .regular, !value.isEmpty, pick >= -1 { value.zone = NotationZone(hoursFromMoscow: pick) }
        return value
    }

    /// Days named without times, with a holiday policy and a note.
    static let daysWithoutTimes = zip(Gen.int(in: 1...127), Gen.int(in: 0...1), Gen.int(in: 0...2)).map {
        mask, policy, notePick in
        OpeningHours.unknownTimes(
            on: Weekday.allCases.filter { mask & (1 << ($0.rawValue - 1)) != 0 },
            holidayPolicy: policy == 0 ? .closed : .unspecified, note: ["", "звоните", "каб. 5"][notePick])
    }

    /// Fixed times on random days, with a policy, a zone and a note.
    static let fixedTimes = zip(Gen.int(in: 0...100_000).array(of: 1...12), Gen.int(in: -2...9), Gen.int(in: 0...3))
        .map { numbers, zonePick, pick in
            var week: [Weekday: [TimeOfDay]] = [:]
            for number in numbers {
                week[Weekday(rawValue: number % 7 + 1)!, default: []].append(TimeOfDay(minutes: number / 7 % 288 * 5)!)
            }
            var value = FixedTimes(week: week, holidayPolicy: pick % 2 == 0 ? .closed : .unspecified)
            value.zone = zonePick >= -1 ? NotationZone(hoursFromMoscow: zonePick) : nil
            value.note = pick == 3 ? "онлайн" : nil
            return value
        }

    @Test("Hours with a stated zone: parse(format(x)) == x")
    func zoned() async {
        await propertyCheck(count: 300, input: Self.zonedHours) { hours in
            for language in ScheduleLanguage.allCases {
                #expect((try? OpeningHours.parse(hours.format(language)).get()) == hours, "\(hours.format(language))")
            }
        }
    }

    @Test("Days without times: parse(format(x)) == x, also from the OSM form")
    func unknownDays() async {
        await propertyCheck(count: 200, input: Self.daysWithoutTimes) { hours in
            for text in [hours.format(.ru), hours.format(.en), hours.openingHoursSyntax] {
                #expect((try? OpeningHours.parse(text).get()) == hours, "\(text)")
            }
        }
    }

    @Test("Fixed times: parse(format(x)) == x, and the OSM form without the zone")
    func events() async {
        await propertyCheck(count: 300, input: Self.fixedTimes) { times in
            for language in ScheduleLanguage.allCases {
                #expect((try? FixedTimes.parse(times.format(language)).get()) == times, "\(times.format(language))")
            }
            var plain = times
            plain.zone = nil
            #expect((try? FixedTimes.parse(times.openingHoursSyntax).get()) == plain, "\(times.openingHoursSyntax)")
        }
    }

    @Test("Converting to the school's clock keeps every instant open or closed as it was")
    func localizedKeepsInstants() async {
        let school = SchoolCalendar(timeZone: TimeZone(identifier: "Asia/Yekaterinburg")!, holidays: .weekendsOnly)
        await propertyCheck(count: 200, input: Self.zonedHours, Generators.instant) { hours, instant in
            var stated = hours
            stated.holidayPolicy = .unspecified
            let local = stated.localized(to: school.timeZone, at: instant)
            #expect(local.isOpen(at: instant, in: school) == stated.isOpen(at: instant, in: school), "\(stated)")
        }
    }
}
