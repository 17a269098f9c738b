import BoardGenHTML
import BoardGenModel

extension PublishedMarks {
    /// nil when the marked element shows a reader exactly what the item must show; otherwise
    /// what the reader sees instead, in a few words for the finding.
    /// Expected texts are compared as a reader sees them, white space collapsed like the page's.
    static func judge(_ element: HTMLElement, against expected: ExpectedContent) -> String? {
        switch expected {
        case .value(let text, let links):
            judgeValue(
                element, text: text.collapsingWhiteSpace,
                links: links.map { ExpectedLink(href: $0.href, text: $0.text.collapsingWhiteSpace) })
        case .hours(let text, let note):
            judgeHours(element, text: text.collapsingWhiteSpace, note: note?.collapsingWhiteSpace)
        case .rows(let rows, let days):
            judgeRows(
                element, rows: rows.mapValues { $0.map { $0.map(\.collapsingWhiteSpace) } },
                days: days.map(\.collapsingWhiteSpace))
        case .lines(let lines): judgeLines(element, lines: lines.map(\.collapsingWhiteSpace))
        }
    }
}

private extension PublishedMarks {
    /// The element marked `data-value` (or, in a template without one, the item's element or any
    /// element inside it) must read exactly `text`; every phone, SMS and mail link in the item must
    /// dial or address one of the expected links, and each expected link must be there, on its text.
    static func judgeValue(_ element: HTMLElement, text: String, links expected: [ExpectedLink]) -> String? {
        var marked: [HTMLElement] = element.attributes["data-value"] != nil ? [element] : []
        var all: [HTMLElement] = [element]
        var links: [(href: String, text: String)] = []
        element.visibleDescendants { child, _ in
            if child.attributes["data-value"] != nil { marked.append(child) }
            all.append(child)
            if child.tag == "a", let href = child.attributes["href"] { links.append((href, child.visibleText)) }
        }
        let candidates = marked.isEmpty ? all : marked
        guard candidates.contains(where: { $0.visibleText == text }) else {
            let seen = (marked.first ?? element).visibleText
            return seen.isEmpty ? "shows nothing (expected '\(text)')" : "shows '\(seen)' (expected '\(text)')"
        }
        let hrefs = Set(expected.map(\.href))
        if let wrong = links.first(where: { isDialing($0.href) && !hrefs.contains($0.href) }) {
            let wanted = expected.isEmpty ? "no link" : expected.map(\.href).joined(separator: ", ")
            return "links '\(wrong.text)' to \(wrong.href) (expected \(wanted))"
        }
        let missing = expected.first { link in !links.contains { $0.href == link.href && $0.text == link.text } }
        guard let missing else { return nil }
        guard let other = links.first(where: { $0.href == missing.href }) else {
            return "shows '\(missing.text)' without its link \(missing.href)"
        }
        return "links '\(other.text)' to \(missing.href) (expected the link on '\(missing.text)')"
    }

    static func isDialing(_ href: String) -> Bool {
        let lowered = href.lowercased()
        return ["tel:", "mailto:", "sms:", "callto:"].contains { lowered.hasPrefix($0) }
    }

    static func judgeHours(_ element: HTMLElement, text: String, note: String?) -> String? {
        let seen = element.visibleText
        let allowed = [text] + (note.map { ["\(text) (\($0))"] } ?? [])
        return allowed.contains(seen) ? nil : "shows '\(seen)' (expected '\(allowed.last ?? text)')"
    }

    /// Each person's rows, found by their marks inside the timetable, must have exactly the
    /// expected data cells in order; a grid's day headings must be the expected days, in order.
    static func judgeRows(_ element: HTMLElement, rows expected: [PublishedItem: [[String]]], days: [String]) -> String?
    {
        var found: [PublishedItem: [[String]]] = [:]
        var headings: [String] = []
        element.visibleDescendants { child, path in
            if child.tag == "th", path().contains(where: { $0.hasPrefix("thead") }) {
                headings.append(child.visibleText)
            }
            guard let mark = child.attributes["data-item"], let person = PublishedItem(mark: mark),
                expected[person] != nil
            else { return }
            found[person, default: []].append(
                child.childElements.filter { $0.tag == "td" && !$0.hidesItsContent }.map(\.visibleText))
        }
        if !days.isEmpty, !headings.ends(with: days) {
            return "has the day columns \(headings.suffix(days.count)) (expected \(days))"
        }
        for person in expected.keys.sorted() where found[person] != expected[person] {
            guard let seen = found[person] else { return "has no row for \(person)" }
            return "shows \(person) as \(seen) (expected \(expected[person] ?? []))"
        }
        return nil
    }

    static func judgeLines(_ element: HTMLElement, lines: [String]) -> String? {
        var texts: Set<String> = [element.visibleText]
        element.visibleDescendants { child, _ in texts.insert(child.visibleText) }
        guard let missing = lines.first(where: { !texts.contains($0) }) else { return nil }
        return "does not show '\(missing)'"
    }
}

private extension Array where Element: Equatable {
    func ends(with suffix: [Element]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
