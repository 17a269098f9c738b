import Foundation
import PropertyBased

@testable import ScheduleModel

/// Builds schedule values for property tests from plain integers, so PropertyBased can shrink them.
enum Generators {
    /// Opening hours with up to ten random ranges (some overnight), a random holiday policy and status.
    static let openingHours = zip(
        Gen.int(in: 0...100_000).array(of: 0...30), Gen.int(in: 0...9), Gen.int(in: 0...3)
    ).map { numbers, statusPick, notePick in
        makeHours(numbers: numbers, statusPick: statusPick, notePick: notePick)
    }

    /// Instants spread over the 2025/2026 and 2026/2027 school years, at minute precision.
    static let instant = Gen.int(in: 0...(2 * 366 * 1440)).map { minutes in
        Date(timeIntervalSince1970: 1_756_674_000 + Double(minutes) * 60)  // 2025-09-01T00:00+03:00
    }

    static func makeHours(numbers: [Int], statusPick: Int, notePick: Int) -> OpeningHours {
        let note = ["", "звоните заранее", "call \"first\"", "каб. 12"][notePick]
        switch statusPick {
        case 0: return .byAppointment(note: note.isEmpty ? nil : note)
        case 1: return .unknown(note: note.isEmpty ? nil : note)
        default: break
        }
        var week: [Weekday: [TimeRange]] = [:]
        for index in stride(from: 0, to: numbers.count - 2, by: 3) {
            let day = Weekday(rawValue: numbers[index] % 7 + 1)!
            guard let range = makeRange(start: numbers[index + 1], length: numbers[index + 2]),
                !(week[day] ?? []).contains(where: { $0.overlaps(range) })
            else { continue }
            week[day, default: []].append(range)
        }
        removeSpills(&week)
        var hours = OpeningHours(week: week, holidayPolicy: statusPick % 2 == 0 ? .closed : .unspecified)
        hours.note = statusPick == 9 && !note.isEmpty ? note : nil
        return hours
    }

    static func makeRange(start: Int, length: Int) -> TimeRange? {
        let startMinutes = (start % 288) * 5
        let endMinutes = startMinutes + (length % 150 + 1) * 5
        let end = endMinutes > 1440 ? endMinutes - 1440 : endMinutes
        guard end < startMinutes || endMinutes <= 1440 else { return nil }
        return TimeRange(start: TimeOfDay(minutes: startMinutes)!, end: TimeOfDay(minutes: end)!)
    }

    /// Drops overnight ranges that run into the next day's first range.
    static func removeSpills(_ week: inout [Weekday: [TimeRange]]) {
        for day in Weekday.allCases {
            let nextStart = week[day.advanced(by: 1)]?.map(\.start.minutes).min() ?? 1440
            week[day] = week[day]?.filter { !$0.isOvernight || $0.end.minutes <= nextStart }
        }
    }
}
