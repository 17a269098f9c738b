/// Russian personal names as approval blocks and timetables write them: "О.А.Зюльганова",
/// "Д.И. Тютюнник", "Нурадилова А.Р.", "Абжелова А.Д", "Иванов Иван Иванович".
enum PersonName {
    static func isName(_ text: String) -> Bool {
        let value = text.trimmingCharacters(in: .whitespaces)
        return value.wholeMatch(of: initialsFirst) != nil || value.wholeMatch(of: initialsLast) != nil
            || value.wholeMatch(of: fullName) != nil
    }

    /// "Директор И. И. Иванов" → ("Директор", "И. И. Иванов"): a position line that ends with a name.
    static func split(_ line: String) -> (String, String)? {
        let words = line.split(separator: " ").map(String.init)
        for count in [3, 2] where words.count > count {
            let tail = words.suffix(count).joined(separator: " ")
            if isName(tail), tail.wholeMatch(of: fullName) == nil {
                return (words.dropLast(count).joined(separator: " "), tail)
            }
        }
        if let last = words.last, words.count > 1, isName(last) {
            return (words.dropLast().joined(separator: " "), last)
        }
        return nil
    }

    static var initialsFirst: Regex<Substring> { /[А-ЯЁ]\.\s?[А-ЯЁ]\.?\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?/ }
    static var initialsLast: Regex<Substring> { /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?/ }
    static var fullName: Regex<Substring> {
        /[А-ЯЁ][а-яё]+(?:ов|ев|ин|ын|ий|ая|ова|ева|ина|ына|ко|юк|ук|ич|ец|ян|дзе|швили)\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична|чна|ьич|оглы|кызы)/
    }
}
