import BoardGenSupport
import Foundation

/// Display forms and links of channel values: SMS recipients read, e-mails and URLs validated
/// (phones are read by `PhoneText`).
package enum ChannelAddress {
    /// Where an SMS channel's message goes.
    package enum SMSRecipient: Sendable, Hashable {
        /// A short number of 3–6 digits (`7522`), shown as written.
        case short(String)
        /// A complete mobile number.
        case mobile(PhoneNumber)
        /// A complete number that is not a mobile one (a landline, a free call): it cannot take an SMS.
        case notMobile(PhoneNumber)
        /// Not a number an SMS can be sent to.
        case unreadable
    }

    /// Reads an SMS channel's value: a short number or one mobile number, nothing else.
    package static func smsRecipient(_ raw: String) -> SMSRecipient {
        let compact = raw.filter { !" -\u{00A0}".contains($0) }
        if (3...6).contains(compact.count), compact.allSatisfy(\.isASCIIDigit) { return .short(raw) }
        guard let text = PhoneText(raw), text.pieces.count == 1, let number = text.numbers.first,
            number.extensionDigits == nil, case .complete(_, let service) = number.reading
        else { return .unreadable }
        return service == .mobile ? .mobile(number) : .notMobile(number)
    }

    /// `sms:7522?body=…`: the number and the message, percent-encoded as RFC 5724 asks.
    package static func smsURI(to number: String, message: String?) -> String {
        guard let message, !message.isEmpty else { return "sms:\(number)" }
        let unreserved = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return "sms:\(number)?body=" + (message.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "")
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

    /// The address a web address links to: itself when absolute; for one written as documents print
    /// it, without a scheme (`www.school-154.ru`, `school-154.ru/help`), `https://` and the address.
    /// Nil for text that is not a web address. The text shown stays as written.
    package static func webLink(_ raw: String) -> String? {
        if isWebURL(raw) { return raw }
        guard !raw.contains("://"), !raw.contains("@"), let first = raw.first, first.isLetter || first.isNumber
        else { return nil }
        let candidate = "https://" + raw
        guard isWebURL(candidate), let host = URL(string: candidate)?.host?.lowercased() else { return nil }
        let labels = host.split(separator: ".")
        // Only a host that is plainly a web site: "www.…", or a domain under a zone Russian schools use
        // ("support.dnevnik" is a typo, not a site).
        guard labels.count >= 2, host.hasPrefix("www.") || labels.last.map({ schoolZones.contains(String($0)) }) == true
        else { return nil }
        return candidate
    }

    /// The address a messenger value links to: a web address as `webLink(_:)` reads it, also a
    /// messenger's own short host written without a scheme (`t.me/school23`, `wa.me/79123456789`).
    /// Nil for a bare handle (`@school23`): which messenger it belongs to is not said.
    package static func messengerLink(_ raw: String) -> String? {
        if let link = webLink(raw) { return link }
        guard !raw.contains("://"), !raw.contains("@"), !raw.contains(where: \.isWhitespace) else { return nil }
        let candidate = "https://" + raw
        guard isWebURL(candidate), let host = URL(string: candidate)?.host?.lowercased(),
            messengerHosts.contains(host)
        else { return nil }
        return candidate
    }

    /// Messengers' hosts whose zone `schoolZones` does not list.
    static let messengerHosts: Set<String> = ["t.me", "telegram.me", "wa.me", "vk.me", "icq.im"]

    /// Top-level domains a school's or platform's site written without a scheme is recognised under.
    static let schoolZones: Set<String> = ["ru", "su", "рф", "xn--p1ai", "com", "org", "net", "info", "online", "site"]
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
