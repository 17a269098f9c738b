import Foundation
import PropertyBased
import Testing

@testable import ScheduleModel

@Suite("Round trips (property-based)")
struct RoundTripPropertyTests {
    @Test("parse(format(x, ru)) == x")
    func russian() async {
        await propertyCheck(count: 300, input: Generators.openingHours) { hours in
            let text = hours.format(.ru)
            #expect((try? OpeningHours.parse(text).get()) == hours, "\(text)")
        }
    }

    @Test("parse(format(x, en)) == x")
    func english() async {
        await propertyCheck(count: 300, input: Generators.openingHours) { hours in
            let text = hours.format(.en)
            #expect((try? OpeningHours.parse(text).get()) == hours, "\(text)")
        }
    }

    @Test("parse(openingHoursSyntax) == x when no range runs past midnight and the note has no double quote")
    func openStreetMap() async {
        await propertyCheck(count: 300, input: Generators.openingHours) { hours in
            guard !Weekday.allCases.contains(where: { hours.weeklyRanges(on: $0).contains(where: \.isOvernight) }),
                hours.note?.contains("\"") != true
            else {
                #expect(!hours.openingHoursSyntax.dropFirst().dropLast().contains("\"\""))
                return
            }
            let text = hours.openingHoursSyntax
            #expect((try? OpeningHours.parse(text).get()) == hours, "\(text)")
        }
    }

    @Test("The canonical form is a fixed point: osm(parse(osm(x))) == osm(x)")
    func canonicalIsStable() async {
        await propertyCheck(count: 200, input: Generators.openingHours) { hours in
            let human = hours.format(.ru)
            let reparsed = try? OpeningHours.parse(human).get()
            #expect(reparsed?.openingHoursSyntax == hours.openingHoursSyntax)
        }
    }

    @Test("Dates: LocalDate(iso: d.iso) == d and day arithmetic agrees with Foundation (1833-2517)")
    func dates() async {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        await propertyCheck(count: 300, input: Gen.int(in: -50_000...200_000)) { days in
            let date = LocalDate(daysSinceEpoch: days)
            #expect(LocalDate(iso: date.iso) == date)
            #expect(date.daysSinceEpoch == days)
            let foundation = gregorian.dateComponents(
                [.year, .month, .day, .weekday],
                from: Date(timeIntervalSince1970: Double(days) * 86_400))
            #expect(foundation.year == date.year && foundation.month == date.month && foundation.day == date.day)
            #expect((foundation.weekday! + 5) % 7 + 1 == date.weekday.rawValue)
        }
    }
}
