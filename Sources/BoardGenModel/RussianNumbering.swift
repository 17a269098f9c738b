/// The Russian numbering plan (+7), as far as boardgen links numbers: a `tel:` link is made only
/// for a 10-digit national number whose code belongs to a geographic area, a mobile network or
/// the free-call range. The ranges are those of libphonenumber's metadata for Russia (fixed line,
/// mobile and toll free), so a number boardgen links is one that libphonenumber calls valid
/// (the test suite checks this with Python's `phonenumbers`). Premium-rate (803, 809) and
/// personal (808) numbers, and Kazakhstan's +7 6xx/7xx, are not linked.
package enum RussianNumbering {
    /// What a valid national number is.
    package enum Service: Sendable, Hashable {
        /// A town's or region's landline: a 3-digit code 3xx, 4xx or 8xx (8182 → 818).
        case geographic
        /// A mobile number: 9xx.
        case mobile
        /// A free call: 800 or 804.
        case freeCall
    }

    /// The service of a 10-digit national number (without +7 or 8), or nil when no Russian number
    /// starts that way or it does not have 10 digits.
    package static func service(of national: String) -> Service? {
        guard national.count == 10, national.allSatisfy(\.isASCIIDigit) else { return nil }
        let code = String(national.prefix(3))
        if geographicCodes.contains(code) { return .geographic }
        if freeCallCodes.contains(code) { return .freeCall }
        if code.hasPrefix("9"), isMobile(national) { return .mobile }
        return nil
    }
}

private extension RussianNumbering {
    /// The 3-digit codes that begin geographic numbers (ABC codes in use).
    static let geographicCodes: Set<String> = [
        "301", "302", "336", "341", "342", "343", "345", "346", "347", "349", "351", "352", "353", "365",
        "381", "382", "383", "384", "385", "388", "390", "391", "394", "395",
        "401", "411", "413", "415", "416", "421", "423", "424", "426", "427",
        "471", "472", "473", "474", "475", "481", "482", "483", "484", "485", "486", "487",
        "491", "492", "493", "494", "495", "496", "498", "499",
        "811", "812", "813", "814", "815", "816", "817", "818", "820", "821",
        "831", "833", "834", "835", "836", "840", "841", "842", "843", "844", "845", "846", "847", "848",
        "851", "855", "856", "857", "860", "861", "862", "863", "865", "866", "867", "869",
        "871", "872", "873", "877", "878", "879",
    ]

    static let freeCallCodes: Set<String> = ["800", "804"]

    /// 9xx mobile numbers: every 9[0-24-9]…; in 93x only 931–939, 9301–9309 and a few 9300 blocks.
    static func isMobile(_ national: String) -> Bool {
        let digits = Array(national)
        guard digits[0] == "9" else { return false }
        guard digits[1] == "3" else { return true }
        guard digits[2] == "0" else { return true }
        guard digits[3] == "0" else { return true }
        switch digits[4] {
        case "0": return digits[5] == "5"
        case "1", "2", "4", "5", "7", "9": return true
        case "3": return ("0"..."7").contains(digits[5])
        case "6": return ("0"..."4").contains(digits[5]) || digits[5] == "9"
        case "8": return digits[5] == "0" || ("4"..."9").contains(digits[5])
        default: return false
        }
    }
}
