/// One number in a phone channel's value, as the school wrote it, with what boardgen made of it.
package struct PhoneNumber: Sendable, Hashable {
    /// What the written number is.
    package enum Reading: Sendable, Hashable {
        /// A complete, valid Russian number: its 10 national digits (after +7) and its service.
        case complete(national: String, service: RussianNumbering.Service)
        /// 5–7 digits without an area code (`2-17-79`): dialled only inside one town.
        case local
        /// Digits that no one can dial as written.
        case undialable(Problem)
    }

    /// Why a written number cannot be dialled.
    package enum Problem: Sendable, Hashable {
        /// After the prefix (`+7`, `8`, or none) there are `count` digits instead of 10; `areaCode` is
        /// the code written in parentheses, if any (`8 (3452) 2-34-56`: 9 digits, area code 3452).
        case wrongLength(prefix: String?, count: Int, areaCode: String?)
        /// 10 digits, but no Russian number begins with this 3-digit code (`+7 (0112) …`, `+7 700 …`).
        case unknownCode(String)
        /// Another country's number (`+375 …`): boardgen links only Russian numbers.
        case foreign
    }

    /// The number as written, without its extension (`8 (3452) 12-34-56`).
    package var written: String
    /// The extension as written, with what leads to it (` доб. 12`, ` (вн. 12)`, `, 12`), or "".
    package var extensionWritten: String
    /// The extension's digits (`12`), if the number has one.
    package var extensionDigits: String?
    /// Where the number starts in the value, in characters.
    package var offset: Int
    /// What it is.
    package var reading: Reading
    /// The digits written in parentheses when they are the area code (`8 (3452) …` → 3452); for a
    /// short number that shares an earlier number's area code (`…, 12-34-57`), that code.
    package var areaCode: String?

    /// What to show: a complete number as boardgen always normalised it (`89288036355` →
    /// `+7 928 803-63-55`, `8 (3412) 55-12-34` → `+7 (3412) 55-12-34`), anything else as written;
    /// then the extension as written.
    package var display: String { mainDisplay + extensionWritten }

    /// `tel:+79288036355`, with `;ext=12` for an extension: only for a complete, valid number.
    package var telURI: String? {
        guard case .complete(let national, _) = reading else { return nil }
        return "tel:+7\(national)" + (extensionDigits.map { ";ext=\($0)" } ?? "")
    }

    /// The 10 national digits of a complete number.
    package var national: String? {
        if case .complete(let national, _) = reading { return national }
        return nil
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        written: String, extensionWritten: String = "", extensionDigits: String? = nil, offset: Int,
        reading: Reading, areaCode: String? = nil
    ) {
        self.written = written
        self.extensionWritten = extensionWritten
        self.extensionDigits = extensionDigits
        self.offset = offset
        self.reading = reading
        self.areaCode = areaCode
    }
}

private extension PhoneNumber {
    /// The number without its extension, normalised only where boardgen always did.
    var mainDisplay: String {
        guard case .complete(let national, _) = reading else { return written }
        let digits = written.filter(\.isASCIIDigit)
        if written.contains("(") {
            // An area code in brackets shows the number's own grouping: keep it, normalise only the prefix.
            return digits.count == 11 ? "+7 " + written.drop { $0 != "(" } : written
        }
        if digits.count == 11 || (digits.count == 10 && !written.hasPrefix("+")) {
            let d = Array(national)
            return "+7 \(String(d[0..<3])) \(String(d[3..<6]))-\(String(d[6..<8]))-\(String(d[8..<10]))"
        }
        return written
    }
}
