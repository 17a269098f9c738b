import BoardGenSupport
import Foundation

/// Keeps the values a reader copies from a notice on one line: a room ("каб. 3-05", "ауд. 210а"), a time or
/// a range of times ("15:30–17:00", "9.00-18.00"), a range of days ("пн–пт"), a phone number
/// ("8 (3412) 55-12-40") and an e-mail address. Browsers may break after a hyphen or a dash, or at a space,
/// inside each of them; on a printed sheet "каб. 3-" / "05" misleads. Each such token in the text of a rendered notice is wrapped in
/// `<span class="nobr">` (board.css: `white-space: nowrap` in print, wrapping again on phones). The text itself
/// is not changed: the school's words stay as written.
///
/// The pass reads the notice HTML that boardgen's own templates produce, where template data is escaped, so a
/// `<` always opens a tag and text never contains one; it changes only text outside tags, and never the text
/// of `<script>`, `<style>`, `<title>` or an SVG.
package enum UnbreakableTokens {
    /// The page with every token in the text of its notices wrapped.
    package static func protect(_ html: String) -> String {
        // Scanned on its UTF-8 bytes: `<` and `>` are ASCII and never part of another character.
        let bytes = Array(html.utf8)
        var output = ""
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var skipping: String? = nil
        var isInsideNoBreak = false
        var start = 0
        while let open = bytes[start...].firstIndex(of: UInt8(ascii: "<")) {
            output += text(bytes[start..<open], isWrapped: skipping == nil && !isInsideNoBreak)
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else {
                start = open
                break
            }
            let tag = bytes[open...close]
            output += String(decoding: tag, as: UTF8.self)
            skipping = nextSkipState(after: tag, skipping: skipping)
            // A template's own unbreakable piece (a timetable's time range) is kept as it is.
            isInsideNoBreak = tag.elementsEqual(noBreakOpening.utf8)
            start = close + 1
        }
        output += text(bytes[start...], isWrapped: skipping == nil)
        return output
    }
}

private extension UnbreakableTokens {
    static let noBreakOpening = "<span class=\"nobr\">"

    /// Elements whose text is not reading text.
    static let skippedElements: Set<String> = ["script", "style", "title", "svg", "textarea"]

    /// A run of text between tags, wrapped or as it is.
    static func text(_ bytes: ArraySlice<UInt8>, isWrapped: Bool) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard isWrapped && mayHoldToken(bytes) else { return text }
        return wrapped.value(for: text) { wrap($0[...]) } ?? text
    }

    /// Texts already wrapped: a notice's text is on its own page and again on the print page, and `serve` renders
    /// the same texts after every edit; the pattern match is most of the pass.
    static let wrapped = BoundedMemo<String, String>(limit: 8_192)

    /// Every token holds a digit, an "@" or a dash (a range of days): most text holds none and is passed on at once.
    static func mayHoldToken(_ bytes: ArraySlice<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "@"), UInt8(ascii: "-"): return true
            // U+2010…U+2015 (hyphens and dashes) are E2 80 90…95 in UTF-8.
            case 0x90...0x95 where previous == (0xE2, 0x80): return true
            default: previous = (previous.1, byte)
            }
        }
        return false
    }

    /// The element being skipped after `tag`, or nil once its end tag is passed.
    static func nextSkipState(after tag: ArraySlice<UInt8>, skipping: String?) -> String? {
        let isNamePart: (UInt8) -> Bool = { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "/")
        }
        let name = String(decoding: tag.dropFirst().prefix(while: isNamePart), as: UTF8.self).lowercased()
        if let skipped = skipping { return name == "/" + skipped ? nil : skipped }
        guard skippedElements.contains(name) else { return nil }
        return tag.suffix(2).elementsEqual("/>".utf8) ? nil : name
    }

    /// One token class: a room, times, days, a phone number, an e-mail address. Alternatives are tried in order,
    /// so the longer forms (a range of times) come before their parts (one time). ICU's engine (through
    /// Foundation), not Swift's `Regex`: on a school's board the latter took a quarter of the build.
    static let token: NSRegularExpression? = {
        let alternatives = [
            room,
            timeRange,
            #"\d{1,2}:\d{2}"#,
            dayRange,
            phone,
            #"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"#,
            // "3-05", "2-4", "55-12-40", and ordinals such as "3-ей", "1-ом", "10-го".
            #"\b\d+(?:[-‐]\d+)+\b|\b\d+-\p{L}{1,3}\b"#,
        ]
        return try? NSRegularExpression(
            pattern: alternatives.map { "(?:\($0))" }.joined(separator: "|"), options: [.caseInsensitive])
    }()

    /// "каб. 3-05", "кабинет № 12", "ауд. 210а", "каб.105", "№ 126/А": a word for a room (or "№"), then a number
    /// with its letters and parts.
    static let room =
        #"(?:(?:каб(?:инет)?|ауд(?:итория)?|пом(?:ещение)?|кор(?:пус)?|эт(?:аж)?)\.?\s?(?:№\s?)?|№\s?)"#
        + #"\d[\d\p{L}]*(?:[-–/.]\d?[\d\p{L}]+)*"#

    /// "15:30–17:00", "8.30 – 9.15", "9.25 - 10.10".
    static let timeRange = #"\d{1,2}[:.]\d{2}\s?[-–—]\s?\d{1,2}[:.]\d{2}"#

    /// "пн–пт", "Пн.-Пт.", "понедельник-суббота".
    static let dayRange = #"\b"# + day + #"\.?\s?[-–—]\s?"# + day + #"\b\.?"#

    static let day = "(?:пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"

    /// "+7 (3412) 55-12-40", "8 800 100-10-10", "+7 912 345 67 89".
    static let phone = #"(?:\+\d{1,3}|\b8)[\s\u00A0]?\(?\d{3,5}\)?(?:[\s\u00A0-]?\d){5,7}\b"#

    /// The text with each token wrapped; text without tokens is returned as it is.
    static func wrap(_ text: Substring) -> String {
        guard let token else { return String(text) }
        let string = String(text)
        var output = ""
        var last = string.startIndex
        let whole = NSRange(string.startIndex..<string.endIndex, in: string)
        for match in token.matches(in: string, range: whole) {
            guard let range = Range(match.range, in: string) else { continue }
            output += string[last..<range.lowerBound]
            output += noBreakOpening + string[range] + "</span>"
            last = range.upperBound
        }
        output += string[last...]
        return output
    }
}
