// libFuzzer target for the opening-hours notation parser (issue 6).
//
// Built by scripts/fuzz.sh with `-sanitize=fuzzer,address -DFUZZING`; see docs/fuzzing.md.
// In a normal `swift build` (no FUZZING) it is a small replay tool instead:
// `FuzzSchedule FILE…` runs each file through the same checks.
//
// Checks per input: `OpeningHours.parse` must not crash; on success `format(.ru)`, `format(.en)`
// and `openingHoursSyntax` must not crash and must parse again without crashing; `ranges(on:)`
// is queried for one week. With BOARDGEN_FUZZ_STRICT=1 the documented round trip
// ("`OpeningHours.parse` reads it back to an equal value") is asserted as well.
import Foundation
import FuzzDriver
import ScheduleModel

let strictRoundTrip = ProcessInfo.processInfo.environment["BOARDGEN_FUZZ_STRICT"] == "1"
let firstDay = LocalDate(year: 2026, month: 12, day: 28)!

func fuzzSchedule(_ data: Data) {
    // The loader hands the parser decoded UTF-8 text; invalid UTF-8 cannot reach it.
    guard let text = String(data: data, encoding: .utf8) else { return }
    guard case .success(let hours) = OpeningHours.parse(text) else { return }
    for language in ScheduleLanguage.allCases {
        let formatted = hours.format(language)
        let again = OpeningHours.parse(formatted)
        if strictRoundTrip {
            switch again {
            case .success(let value) where value == hours: break
            case .success(let value):
                fatalError(
                    "round trip changed the value: \(text.debugDescription) -> \(formatted.debugDescription) -> \(value)"
                )
            case .failure(let failure):
                fatalError(
                    "formatted text does not parse: \(text.debugDescription) -> \(formatted.debugDescription): \(failure)"
                )
            }
        }
    }
    _ = OpeningHours.parse(hours.openingHoursSyntax)
    for offset in 0..<7 {
        _ = hours.ranges(on: LocalDate(daysSinceEpoch: firstDay.daysSinceEpoch + offset), holidays: .russia)
    }
}

#if FUZZING
@_cdecl("FuzzSchedule_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, target: fuzzSchedule)
}
#else
@main
enum Replay {
    static func main() throws {
        try FuzzDriver.replay(fuzzSchedule)
    }
}
#endif
