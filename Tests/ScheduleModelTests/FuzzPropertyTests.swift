import PropertyBased
import Testing

@testable import ScheduleModel

@Suite("Arbitrary input (property-based)")
struct FuzzPropertyTests {
    static let fragments = [
        "пн", "пт", "Понедельник", "сб", "вс", "Mo", "Fri", "п", "-", "–", ":", ".", "9", "00", "14", "25", "60",
        " ", ", ", ";", "(", ")", "(next day)", "кроме праздничных дней", "кроме выходных", "перерыв", "\"",
        "«", "»", "24", "/", "7", "x", "am", "pm", "с ", " до ", "по ", "выходные", "\n", "off", "PH off",
        "круглосуточно", "ежедневно", "по записи", "unknown", "и", "xyz",
    ]

    static let text = Gen.element(of: fragments).array(of: 0...14).map { $0.compactMap { $0 }.joined() }

    static let knownCodes: Set<ScheduleCode> = [
        .unknownDay, .invalidTime, .endBeforeStart, .emptyNotation, .ambiguous, .overlappingRanges, .unexpectedText,
        .fixedTimeNotRange,
    ]

    @Test("Never crashes; a success re-formats to an equal value; a failure points inside the text")
    func arbitraryText() async {
        await propertyCheck(count: 1500, input: Self.text) { text in
            switch OpeningHours.parse(text) {
            case let .success(hours):
                for language in ScheduleLanguage.allCases {
                    #expect((try? OpeningHours.parse(hours.format(language)).get()) == hours, "\(text)")
                }
            case let .failure(failure):
                #expect(!failure.diagnostics.isEmpty)
                for diagnostic in failure.diagnostics {
                    #expect(Self.knownCodes.contains(diagnostic.code), "\(text): \(diagnostic)")
                    #expect((1...(text.count + 1)).contains(diagnostic.column), "\(text): \(diagnostic)")
                    #expect(diagnostic.column + diagnostic.length <= text.count + 2, "\(text): \(diagnostic)")
                }
            }
        }
    }
}
