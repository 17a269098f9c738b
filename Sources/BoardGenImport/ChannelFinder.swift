import BoardGenModel
import Foundation

/// A channel's value found in a sentence: its kind, the value as written, and where it stands
/// (so the body can refer to it with `[[contact ID]]`).
struct FoundChannel {
    var kind: Channel.Kind
    var value: String
    /// The text replaced by the reference (the value, with `<…>` around a web address).
    var range: Range<String.Index>
    var message: String?
    var checks: [String] = []
}

/// Finds every phone, SMS number, e-mail, web address, office and journal mail in a sentence.
/// Phones are read by `PhoneText`, the reader of contacts.yaml's phone values.
enum ChannelFinder {
    static func find(in text: String) -> [FoundChannel] {
        var found: [FoundChannel] = []
        found += urls(in: text)
        found += emails(in: text).filter { email in !found.contains { $0.range.overlaps(email.range) } }
        found += phones(in: text, masking: found.map(\.range))
        found += offices(in: text)
        found += inApp(in: text)
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

private extension ChannelFinder {
    static func urls(in text: String) -> [FoundChannel] {
        text.matches(of: /<?((?:https?:\/\/|www\.)[^\s<>«»"]*[^\s<>«»".,;:!?)])>?/).map { match in
            var value = String(match.output.1)
            var checks: [String] = []
            if value.hasPrefix("www.") {
                value = "https://" + value
                checks.append("адрес записан без https://, добавлено https://")
            } else if value.hasPrefix("http://") {
                checks.append("адрес начинается с http://; если сайт открывается по https://, исправьте")
            }
            return FoundChannel(kind: .url, value: value, range: match.range, checks: checks)
        }
    }

    static func emails(in text: String) -> [FoundChannel] {
        text.matches(of: /[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/).map { match in
            FoundChannel(kind: .email, value: String(match.output), range: match.range)
        }
    }

    /// Numbers of five or more digits that `PhoneText` reads, not dates, times or years; a short
    /// number after "SMS"/"смс" is an SMS number.
    static func phones(in text: String, masking ranges: [Range<String.Index>]) -> [FoundChannel] {
        var masked = text
        var hidden = ranges
        for pattern in [/\d{1,2}\.\d{1,2}\.\d{2,4}/, /\d{1,2}[:.]\d{2}/, /№\s*\d[\d\/\-]*/] as [Regex<Substring>] {
            hidden += text.matches(of: pattern).map(\.range)
        }
        for range in hidden {
            masked.replaceSubrange(range, with: String(repeating: " ", count: text[range].count))
        }
        var result: [FoundChannel] = []
        if let phoneText = PhoneText(masked) {
            let characters = Array(text)
            for number in phoneText.numbers {
                let written = number.written + number.extensionWritten
                let start = text.index(text.startIndex, offsetBy: number.offset)
                let end = text.index(start, offsetBy: written.count)
                guard number.national != nil || isPhoneContext(characters, before: number.offset) else { continue }
                var found = FoundChannel(kind: .phone, value: String(text[start..<end]), range: start..<end)
                if number.national == nil {
                    found.checks.append(
                        "номер «\(written)» нельзя набрать как записан (нет кода города или лишние цифры): "
                            + "допишите код, например 8 (XXXXX) …"
                    )
                }
                result.append(found)
            }
        }
        return result + sms(in: text)
    }

    static func isPhoneContext(_ characters: [Character], before offset: Int) -> Bool {
        let start = max(0, offset - 40)
        let before = String(characters[start..<offset]).lowercased()
        return ["тел", "звон", "номер", "факс", "горяч"].contains { before.contains($0) }
    }

    static func sms(in text: String) -> [FoundChannel] {
        let lower = text.lowercased()
        guard lower.contains("смс") || lower.contains("sms") else { return [] }
        return text.matches(of: /(?:номер[ау]?|на)\s+(\d{3,6})(?!\d)/).map { match in
            let range = match.output.1.startIndex..<match.output.1.endIndex
            var found = FoundChannel(kind: .sms, value: String(match.output.1), range: range)
            if let message = text.firstMatch(of: /(?:текст(?:ом)?|словом|сообщение)\s*[:«"]\s*«?([^»"]+)[»"]/) {
                found.message = String(message.output.1)
            }
            return found
        }
    }

    /// "кабинет учебной части", "кабинет информатики", "каб. 12", "кабинет № 105": the value is
    /// the office's name capitalised.
    static func offices(in text: String) -> [FoundChannel] {
        text.matches(of: /(?i)\b(кабинет[а-я]*|каб\.)\s*(№\s*\d+[а-яА-Я]?|\d+[а-яА-Я]?|[а-яё]+(?:\s+[а-яё]+)?)/)
            .compactMap { match in
                var name = String(match.output.2)
                let words = name.split(separator: " ")
                if words.count == 2, Self.stopWords.contains(String(words[1])) { name = String(words[0]) }
                guard !Self.stopWords.contains(name.split(separator: " ").first.map(String.init) ?? "") else {
                    return nil
                }
                let head = String(match.output.1).lowercased().hasPrefix("каб.") ? "Каб." : "Кабинет"
                let value = "\(head) \(name)"
                let end =
                    text.index(
                        match.range.lowerBound, offsetBy: String(match.output.1).count + 1 + name.count,
                        limitedBy: text.endIndex) ?? match.range.upperBound
                return FoundChannel(
                    kind: .office, value: value, range: match.range.lowerBound..<min(end, match.range.upperBound),
                    checks: ["название кабинета составлено из текста («\(text[match.range])»)"])
            }
    }

    static let stopWords: Set<String> = ["или", "и", "по", "для", "в", "на", "с", "к", "от", "при", "где", "который"]

    /// The journal's built-in mail and messages: "встроенную систему почты журнала ИС «ЭлЖур»",
    /// "сообщений ЭЖ", "в режиме on-line".
    static func inApp(in text: String) -> [FoundChannel] {
        let patterns: [Regex<Substring>] = [
            /(?i)встроенн[а-я]+\s+(?:систем[а-я]*\s+)?(?:почт[а-я]*|сообщени[а-я]*)(?:\s+(?:журнала|дневника|ИС|системы|АИС|«[^»]+»+))*/,
            /(?i)сообщени[а-я]+\s+(?:ЭЖ|ЭД|электронного\s+(?:журнала|дневника))/,
            /(?i)в\s+режиме\s+on-?line(?:\s+при\s+работе\s+в\s+\S+)?/,
        ]
        var result: [FoundChannel] = []
        for pattern in patterns {
            for match in text.matches(of: pattern) where !result.contains(where: { $0.range.overlaps(match.range) }) {
                let value = capitalised(
                    String(text[match.range]).trimmingCharacters(in: CharacterSet(charactersIn: " ,;.")))
                result.append(
                    FoundChannel(
                        kind: .inApp, value: value, range: match.range,
                        checks: ["канал внутри журнала; его «адрес» — название из текста"]))
            }
        }
        return result
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
