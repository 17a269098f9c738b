/// Latin ids for contacts.yaml and friends, made from Russian words (ГОСТ 7.79-style transliteration).
enum Slug {
    static func make(_ text: String, limit: Int = 4) -> String {
        var words: [String] = []
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let latin = String(word).map {
                table[$0] ?? (($0.isASCII && ($0.isLetter || $0.isNumber)) ? String($0) : "")
            }.joined()
            if !latin.isEmpty { words.append(latin) }
            if words.count == limit { break }
        }
        return words.joined(separator: "-")
    }

    /// `base`, or `base-2`, `base-3`… when taken.
    static func unique(_ base: String, among taken: Set<String>) -> String {
        let root = base.isEmpty ? "item" : base
        guard taken.contains(root) else { return root }
        var number = 2
        while taken.contains("\(root)-\(number)") { number += 1 }
        return "\(root)-\(number)"
    }

    static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    ]
}
