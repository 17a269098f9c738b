import Foundation
import Testing

@testable import ScheduleModel

@Suite("JSON forms of dates, times and ranges")
struct CodableTests {
    @Test("Round trip and readable JSON")
    func roundTrip() throws {
        let range = DateRange(iso: "2026-09-01", "2027-05-25")!
        let slot = Fixture.range("09:00-13:00")
        let data = try JSONEncoder().encode(Pair(dates: range, time: slot))
        #expect(String(decoding: data, as: UTF8.self).contains("\"2026-09-01\""))
        #expect(String(decoding: data, as: UTF8.self).contains("\"13:00\""))
        #expect(try JSONDecoder().decode(Pair.self, from: data) == Pair(dates: range, time: slot))
    }

    @Test(
        "Invalid values are rejected",
        arguments: [
            #"{"dates":{"start":"2026-02-30","end":"2027-01-01"},"time":{"start":"09:00","end":"10:00"}}"#,
            #"{"dates":{"start":"2027-01-01","end":"2026-01-01"},"time":{"start":"09:00","end":"10:00"}}"#,
            #"{"dates":{"start":"2026-01-01","end":"2026-01-02"},"time":{"start":"25:00","end":"10:00"}}"#,
            #"{"dates":{"start":"2026-01-01","end":"2026-01-02"},"time":{"start":"10:00","end":"10:00"}}"#,
        ])
    func invalid(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Pair.self, from: Data(json.utf8)) }
    }

    struct Pair: Codable, Equatable {
        var dates: DateRange
        var time: TimeRange
    }
}
