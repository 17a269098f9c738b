import BoardGenSupport
import Foundation

/// Display forms and links of channel values: phones normalised, e-mails and URLs validated.
package enum ChannelAddress {
    /// A phone prepared for display and for a `tel:` link.
    package struct Phone: Sendable, Hashable {
        /// What to print: `+7 928 803-63-55`, or a local format as written.
        package var display: String
        /// `tel:+79288036355`.
        package var telURI: String
    }

    /// Normalises a phone; nil when it is not a phone number.
    package static func phone(_ raw: String) -> Phone? {
        // "+7 928 803-63-55 доб. 12": the extension is kept in the display and the tel: link.
        for marker in [" доб.", " доб ", " ext.", " ext ", ", доб."] {
            guard let range = raw.range(of: marker, options: .caseInsensitive) else { continue }
            let extensionDigits = raw[range.upperBound...].filter(\.isASCIIDigit)
            guard !extensionDigits.isEmpty, let main = phone(String(raw[..<range.lowerBound])) else { return nil }
            return Phone(
                display: "\(main.display) доб. \(extensionDigits)", telURI: "\(main.telURI);ext=\(extensionDigits)")
        }
        let allowed = CharacterSet(charactersIn: "0123456789+-() .\u{2011}\u{2012}\u{2013}\u{00A0}")
        guard raw.unicodeScalars.allSatisfy(allowed.contains) else { return nil }
        let digits = raw.filter(\.isASCIIDigit)
        guard (5...15).contains(digits.count) else { return nil }
        let hasPlus = raw.trimmingCharacters(in: .whitespaces).hasPrefix("+")
        if raw.contains("("), digits.count == 11, digits.first == "7" || digits.first == "8" {
            // An area code in brackets shows the number's own grouping: keep it, normalise only the prefix.
            let rest = raw.drop { $0 != "(" }
            return Phone(
                display: "+7 \(rest)".trimmingCharacters(in: .whitespaces), telURI: "tel:+7\(digits.dropFirst())")
        }
        if digits.count == 11, digits.first == "7" || (digits.first == "8" && !hasPlus) {
            let national = String(digits.dropFirst())
            return Phone(display: formatRussian(national), telURI: "tel:+7\(national)")
        }
        if digits.count == 10, !hasPlus, !raw.contains("(") {
            return Phone(display: formatRussian(digits), telURI: "tel:+7\(digits)")
        }
        let tel = hasPlus ? "tel:+\(digits)" : (digits.count == 10 ? "tel:+7\(digits)" : "tel:\(digits)")
        return Phone(display: raw.trimmingCharacters(in: .whitespaces), telURI: tel)
    }

    /// True for an address of the form `name@domain.tld`.
    package static func isEmail(_ raw: String) -> Bool {
        let parts = raw.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !raw.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }
            && labels.last!.count >= 2 && labels.last!.allSatisfy(\.isLetter)
    }

    /// True for an absolute `http`/`https` URL with a host.
    package static func isWebURL(_ raw: String) -> Bool {
        guard let url = URL(string: raw), let scheme = url.scheme?.lowercased(), let host = url.host else {
            return false
        }
        return ["http", "https"].contains(scheme) && host.contains(".") && !raw.contains(where: \.isWhitespace)
    }
}

private extension ChannelAddress {
    /// `9288036355` → `+7 928 803-63-55`.
    static func formatRussian(_ national: String) -> String {
        let d = Array(national)
        return "+7 \(String(d[0..<3])) \(String(d[3..<6]))-\(String(d[6..<8]))-\(String(d[8..<10]))"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
