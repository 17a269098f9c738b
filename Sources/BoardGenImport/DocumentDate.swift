import Foundation

/// Dates and numbers as Russian documents write them: "06.06.2018 г.", "22.12.2023г",
/// "31 августа 2020 г.", "«31» августа 2020", and "№ 143", read into ISO dates and numbers.
enum DocumentDate {
    /// The order's number and date in an approval line ("Приказ № 143 от 06.06.2018 г.",
    /// "к приказу № 60 от 22.12.2023г", "приказом от 31.08.2026 № 663").
    static func order(in text: String) -> (number: String, date: String?)? {
        let lower = text.lowercased()
        guard let range = lower.range(of: "приказ") else { return nil }
        let tail = String(text[range.lowerBound...])
        let date = dates(in: tail).first
        // "от «01» сентября 2026г. № 205/41": the number right after the date wins over an earlier "№ 418".
        if let match = tail.firstMatch(of: /от\s*«?\d{1,2}[».\s][^№]{4,30}?№\s*(\d[\w\/.]*(?:-\s?[\wА-Яа-я]+)?)/) {
            return (clean(match.output.1), date)
        }
        if let match = tail.firstMatch(of: /№\s*(\d[\w\/.]*(?:-\s?[\wА-Яа-я]+)?)\s*от[\s«\d]/) {
            return (clean(match.output.1), date)
        }
        if let number = number(after: "№", in: tail) { return (number, date) }
        if let match = tail.firstMatch(of: /^\S*\s+(\d[\w\-\/]*)\s+от/) { return (String(match.output.1), date) }
        return nil
    }

    /// "57- ОД" → "57-ОД"; "21от" → "21"; a trailing dot dropped.
    static func clean(_ number: Substring) -> String {
        var value = number.replacingOccurrences(of: " ", with: "")
        if value.hasSuffix("от") { value.removeLast(2) }
        while value.hasSuffix(".") { value.removeLast() }
        return value
    }

    /// The number written after `sign` ("№ 2 )" → "2").
    static func number(after sign: String, in text: String) -> String? {
        guard let range = text.range(of: sign) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\u{00A0}" }
        let number = rest.prefix { $0.isLetter || $0.isNumber || "-/".contains($0) }
        return number.isEmpty ? nil : clean(number)
    }

    /// Every date in `text`, as YYYY-MM-DD.
    static func dates(in text: String) -> [String] {
        var found: [(String.Index, String)] = []
        for match in text.matches(of: /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/) {
            if let iso = iso(day: match.output.1, month: Int(match.output.2), year: match.output.3) {
                found.append((match.range.lowerBound, iso))
            }
        }
        for match in text.matches(of: /«?(\d{1,2})»?\s+([а-яё]+)\s*(\d{4})/) {
            if let month = months[String(match.output.2).lowercased()],
                let iso = iso(day: match.output.1, month: month, year: match.output.3)
            {
                found.append((match.range.lowerBound, iso))
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

private extension DocumentDate {
    static func iso(day: Substring, month: Int?, year: Substring) -> String? {
        guard let day = Int(day), let month, var year = Int(year), (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        if year < 100 { year += 2000 }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    static let months: [String: Int] = [
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
        "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    ]
}
