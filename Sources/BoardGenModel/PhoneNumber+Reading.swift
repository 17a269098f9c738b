extension PhoneNumber {
    /// Reads one written number (no extension, no note): `+7 928 803-63-55`, `8 (81830) 2-17-79`,
    /// `(8182) 68-66-89`, `21-779`. Returns what it is and the area code written in parentheses.
    static func read(_ written: String) -> (reading: Reading, areaCode: String?) {
        let shape = Shape(written)
        if shape.hasPlus {
            guard shape.digits.first == "7" else { return (.undialable(.foreign), nil) }
            let code = shape.before == "7" ? shape.inside : nil
            return (national(String(shape.digits.dropFirst()), prefix: "+7", areaCode: code), code)
        }
        guard let inside = shape.inside, !(shape.before.isEmpty && shape.after.isEmpty) else {
            return (readDigits(shape.digits), nil)
        }
        switch shape.before {
        case "8", "7": return (national(inside + shape.after, prefix: shape.before, areaCode: inside), inside)
        case "": return (national(inside + shape.after, prefix: nil, areaCode: inside), inside)
        default: return (readDigits(shape.digits), nil)
        }
    }

    /// A number completed with the area code of an earlier number in the same value
    /// (`8 (3452) 12-34-56, 12-34-57`: the second is 3452 12-34-57).
    static func completing(_ digits: String, areaCodeOf national: String, length: Int) -> Reading? {
        guard length + digits.count == 10 else { return nil }
        return self.national(String(national.prefix(length)) + digits, prefix: nil, areaCode: nil)
    }
}

private extension PhoneNumber {
    /// The digits of a written number, split around its first pair of parentheses.
    struct Shape {
        var hasPlus: Bool
        var digits: String
        /// Digits before `(`, inside `(…)` (nil without parentheses), and after `)`.
        var before: String
        var inside: String?
        var after: String

        init(_ written: String) {
            hasPlus = written.hasPrefix("+")
            digits = written.filter(\.isASCIIDigit)
            guard let open = written.firstIndex(of: "("), let close = written[open...].firstIndex(of: ")") else {
                (before, inside, after) = (digits, nil, "")
                return
            }
            before = written[..<open].filter(\.isASCIIDigit)
            inside = written[written.index(after: open)..<close].filter(\.isASCIIDigit)
            after = written[written.index(after: close)...].filter(\.isASCIIDigit)
        }
    }

    /// Digits without a plus and without an area code in parentheses.
    static func readDigits(_ digits: String) -> Reading {
        switch digits.count {
        case 11 where digits.first == "8" || digits.first == "7":
            national(String(digits.dropFirst()), prefix: String(digits.prefix(1)), areaCode: nil)
        case 10: national(digits, prefix: nil, areaCode: nil)
        case 5...7: .local
        default: .undialable(.wrongLength(prefix: nil, count: digits.count, areaCode: nil))
        }
    }

    /// The reading of what follows the prefix: complete when it is 10 digits of a known range.
    static func national(_ digits: String, prefix: String?, areaCode: String?) -> Reading {
        guard digits.count == 10 else {
            return .undialable(.wrongLength(prefix: prefix, count: digits.count, areaCode: areaCode))
        }
        guard let service = RussianNumbering.service(of: digits) else {
            return .undialable(.unknownCode(String(digits.prefix(3))))
        }
        return .complete(national: digits, service: service)
    }
}
