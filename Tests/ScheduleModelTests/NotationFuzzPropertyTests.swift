import PropertyBased
import Testing

@testable import ScheduleModel

/// Arbitrary text built from the vocabulary of the new notation classes: the reader never crashes,
/// whatever it reads formats back to an equal value, and every diagnostic points inside the text.
@Suite("Arbitrary input with the new vocabulary (property-based)")
struct NotationFuzzPropertyTests {
    static let fragments = [
        "пн", "пт", "сб", "по будним дням", "по рабочим дням", "в рабочие дни", "ежедневно", "без выходных",
        "и праздников", "7 дней в неделю", "круглосуточно", "24 часа в сутки", "9", "18", "13", "14", "00", "30",
        ":", ".", "-", "–", " ", ", ", ";", "\n", "(", ")", "с ", " до ", " в ", "часов", " ч.", " мин.",
        "перерыв", "обеденный перерыв", "без перерыва на обед", "(без обеда)", "по московскому времени",
        "(время московское)", "МСК", "+2", "UTC+5", "по местному времени", "выходной", "выходные дни", ": ",
        "уточняется", "время уточняется", "кроме праздничных дней", "режим работы:", "«каб. 5»", "Tu", "at",
        "through", "Mon",
    ]

    static let text = Gen.element(of: fragments).array(of: 0...12).map { $0.compactMap { $0 }.joined() }

    @Test("Never crashes; a success re-formats to an equal value; a failure points inside the text")
    func arbitraryText() async {
        await propertyCheck(count: 2000, input: Self.text) { text in
            switch ScheduleNotation.parse(text) {
            case let .success(notation):
                for language in ScheduleLanguage.allCases {
                    let written = notation.format(language)
                    #expect((try? ScheduleNotation.parse(written).get()) == notation, "\(text) → \(written)")
                }
            case let .failure(failure):
                #expect(!failure.diagnostics.isEmpty)
                for diagnostic in failure.diagnostics {
                    #expect((1...(text.count + 1)).contains(diagnostic.column), "\(text): \(diagnostic)")
                    #expect(diagnostic.column + diagnostic.length <= text.count + 2, "\(text): \(diagnostic)")
                }
            }
        }
    }
}
