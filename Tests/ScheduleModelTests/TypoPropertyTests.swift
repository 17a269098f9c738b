import Testing

@testable import ScheduleModel

/// One mistake, one diagnostic: a single typo in any accepted notation either leaves a notation that
/// is read, or is refused with exactly one error, never with a second, cascading one (such as a
/// bogus "day given twice" after an unexpected word).
@Suite("One typo, at most one diagnostic (property over every single-character typo)")
struct TypoPropertyTests {
    /// The corpus: the notation classes of issue 13 and the seeds' and documentation's notations.
    static let corpus: [String] =
        NotationCorpus.all.map(\.0) + [
            "пон., ср. 14.00-16.00", "Понедельник, пятница 14:00-15:00",
            "круглосуточно в режиме 24x7, включая выходные и праздничные дни",
            "ежедневно с 9:00 до 18:00, кроме выходных и праздничных дней",
            "пн-пт 9:00-18:00, перерыв на обед 13:00-13:45; сб 10:00-14:00", "пн 22:00-02:00 (следующего дня)",
            "по записи «звонить завучу»", "ежедневно с 9 до 18, кроме воскресенья", "Mon-Fri 9am-6pm",
        ]

    /// Characters a typo inserts or puts in place of another: letters, digits and the punctuation
    /// inside times and day ranges. Rule separators (";", ",", a new line) are left out: inserting
    /// one splits a rule into two, each of which can be a mistake of its own.
    static let typoCharacters: [Character] = ["x", "п", "7", ":", "-", ".", "(", " "]

    /// Every text one typo away from `text`: a character inserted, deleted or replaced.
    static func typos(of text: String) -> [String] {
        let characters = Array(text)
        var result: [String] = []
        for index in 0...characters.count {
            for typo in typoCharacters {
                var inserted = characters
                inserted.insert(typo, at: index)
                result.append(String(inserted))
                guard index < characters.count, characters[index] != typo,
                    !";,\n".contains(characters[index])
                else { continue }
                var replaced = characters
                replaced[index] = typo
                result.append(String(replaced))
            }
            if index < characters.count, !";,\n".contains(characters[index]) {
                var deleted = characters
                deleted.remove(at: index)
                result.append(String(deleted))
            }
        }
        return result
    }

    @Test("Every corpus notation is accepted")
    func corpusIsAccepted() {
        for text in Self.corpus {
            #expect((try? ScheduleNotation.parse(text).get()) != nil, "\(text)")
        }
    }

    @Test("A typo gives zero or one error, never two", arguments: corpus)
    func oneTypoOneDiagnostic(text: String) {
        for typo in Self.typos(of: text) {
            switch ScheduleNotation.parse(typo) {
            case let .failure(failure):
                let errors = failure.diagnostics.filter { $0.severity == .error }
                #expect(errors.count == 1, "\(typo.debugDescription): \(errors)")
            case .success(.events):
                // Read as fixed times: as hours it is refused, with one BG216.
                let failure = Self.failure(OpeningHours.parse(typo))
                #expect(failure?.diagnostics.map(\.code) == [.fixedTimeNotRange], "\(typo.debugDescription)")
            case .success(.hours):
                break
            }
        }
    }

    static func failure<T>(_ result: Result<T, ScheduleParseFailure>) -> ScheduleParseFailure? {
        if case let .failure(failure) = result { return failure }
        return nil
    }
}
