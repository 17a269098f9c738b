import BoardGenModel

/// What to write instead of an e-mail or web address that is not one address: the forms schools
/// print ("e-mail: school@mail.ru", "school[at]mail.ru", two addresses in one line, a label before
/// a site), each with the value to write.
enum ContactAdvice {
    /// The advice for a value of `kind: email` that `ChannelAddress.isEmail` refuses.
    static func email(_ text: String) -> String {
        let unlabelled = withoutLabel(text, labels: emailLabels)
        if unlabelled != text, ChannelAddress.isEmail(unlabelled) {
            return "leave the label out of the value: write '\(unlabelled)' (the label goes in 'label:')"
        }
        let addresses = unlabelled.split(whereSeparator: { ", ;".contains($0) }).map(String.init)
        if addresses.count > 1, addresses.filter(ChannelAddress.isEmail).count > 1 {
            return "it holds \(addresses.count) addresses; give each its own channel, e.g. '\(addresses[0])'"
        }
        let repaired = atSpellings.reduce(unlabelled) { $0.replacingOccurrences(of: $1, with: "@") }
            .filter { !$0.isWhitespace }
        if repaired != unlabelled, ChannelAddress.isEmail(repaired) {
            return "write it as an address a mail program can use: '\(repaired)'"
        }
        return "write one address, name@domain.ru"
    }

    /// The advice for a value of `kind: url` with a space: a label or a second address before or
    /// after the site, or a space inside its path.
    static func webAddressWithSpace(_ text: String) -> String {
        let unlabelled = withoutLabel(text, labels: siteLabels)
        if unlabelled != text, !unlabelled.contains(" "), ChannelAddress.webLink(unlabelled) != nil {
            return "leave the label out of the value: write '\(unlabelled)' (the label goes in 'label:')"
        }
        let words = unlabelled.split(separator: " ").map(String.init)
        let sites = words.filter { ChannelAddress.webLink($0) != nil }
        if sites.count > 1 {
            return "it holds \(sites.count) addresses; give each its own channel, e.g. '\(sites[0])'"
        }
        // Words beside the address are a remark unless they go on as its path ("help page/").
        let others = words.filter { ChannelAddress.webLink($0) == nil }
        if sites.count == 1, !others.isEmpty, !others.contains(where: { $0.contains("/") || $0.contains(".") }) {
            return "write the address alone, '\(sites[0])', and the rest in 'note:'"
        }
        return "write the space as %20 (\(text.replacingOccurrences(of: " ", with: "%20")))"
    }
}

private extension ContactAdvice {
    static let emailLabels = [
        "e-mail", "email", "e–mail", "эл. почта", "эл.почта", "электронная почта", "почта", "mail",
    ]
    static let siteLabels = ["сайт школы", "официальный сайт", "адрес сайта", "сайт", "site", "web", "url"]
    static let atSpellings = ["[at]", "(at)", "[собака]", "(собака)", " at ", "[@]", "(@)"]

    /// The text after a leading label and its ":" or dash ("E-mail: school@mail.ru"), or the text.
    static func withoutLabel(_ text: String, labels: [String]) -> String {
        let lowered = text.lowercased()
        guard let label = labels.first(where: { lowered.hasPrefix($0) }) else { return text }
        let rest = text.dropFirst(label.count).drop { $0 == ":" || $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" }
        return rest.count < text.count - label.count ? String(rest) : text
    }
}
