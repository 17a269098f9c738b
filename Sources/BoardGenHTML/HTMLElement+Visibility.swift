import Foundation

/// What a reader can see without a browser's layout: markup that never displays is left out.
///
/// Never displayed: comments (dropped by the parser), attribute values, the contents of
/// `head`, `title`, `script`, `style`, `template`, `noscript` (scripts run in browsers), elements
/// with the `hidden` attribute or an inline style that hides them (`display: none`,
/// `visibility: hidden|collapse`, `opacity: 0`, `font-size: 0`, `content-visibility: hidden`), and
/// the body of a closed `<details>` (all but its `<summary>`). Stylesheet rules need a browser:
/// `check --browser` judges those.
extension HTMLElement {
    /// True when the element itself hides its content (its ancestors are judged by the caller).
    package var hidesItsContent: Bool {
        if Self.neverDisplayed.contains(tag) || attributes["hidden"] != nil { return true }
        if tag == "input", attributes["type"]?.lowercased() == "hidden" { return true }
        return attributes["style"].map(Self.styleHides) ?? false
    }

    /// The visible text: text nodes of visible descendants, white space collapsed to single
    /// spaces and trimmed; block boundaries and `<br>` separate words as they do on screen.
    package var visibleText: String {
        var text = ""
        appendVisibleText(to: &text)
        return text.collapsingWhiteSpace
    }

    /// Every visible descendant element (not the element itself), in document order, with the
    /// path from this element (`main > section[2] > dl > dd[1]`). The path is made only when `body` asks for it:
    /// making one for every element of every page was a tenth of a check.
    package func visibleDescendants(_ body: (HTMLElement, _ path: () -> [String]) -> Void) {
        var trail: [PathStep] = []
        walkVisible(trail: &trail, body)
    }

    /// Tags whose content a reader never sees.
    static let neverDisplayed: Set<String> = ["head", "title", "script", "style", "template", "noscript"]

    /// Block-level tags: their text stands apart from the text around them.
    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "section", "article", "header",
        "footer", "main", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "br", "caption", "figure",
        "figcaption", "blockquote", "pre", "hr", "details", "summary", "address", "form", "fieldset",
    ]
}

private extension HTMLElement {
    func appendVisibleText(to text: inout String) {
        for child in visibleChildren {
            switch child {
            case .text(let run):
                text += run
            case .element(let element):
                let isBlock = Self.blocks.contains(element.tag)
                if isBlock { text += " " }
                element.appendVisibleText(to: &text)
                if isBlock { text += " " }
            }
        }
    }

    /// The children that display: hidden elements and a closed `<details>` body are left out.
    var visibleChildren: [HTMLNode] {
        let isClosedDetails = tag == "details" && attributes["open"] == nil
        var summaryShown = false
        return children.filter { child in
            guard case .element(let element) = child else { return !isClosedDetails }
            if element.hidesItsContent { return false }
            guard isClosedDetails else { return true }
            defer { if element.tag == "summary" { summaryShown = true } }
            return element.tag == "summary" && !summaryShown
        }
    }

    /// One step of a path: the element's tag and its number among its parent's visible children of that tag.
    struct PathStep {
        var parent: HTMLElement
        var tag: String
        var ordinal: Int

        /// `dd[1]` when the parent has several children of the tag (hidden ones count), else `dd`.
        var text: String {
            parent.children.count { if case .element(let other) = $0 { other.tag == tag } else { false } } > 1
                ? "\(tag)[\(ordinal)]" : tag
        }
    }

    func walkVisible(trail: inout [PathStep], _ body: (HTMLElement, () -> [String]) -> Void) {
        var counts: [String: Int] = [:]
        for child in visibleChildren {
            guard case .element(let element) = child else { continue }
            counts[element.tag, default: 0] += 1
            trail.append(PathStep(parent: self, tag: element.tag, ordinal: counts[element.tag] ?? 1))
            body(element, { trail.map(\.text) })
            element.walkVisible(trail: &trail, body)
            trail.removeLast()
        }
    }

    /// True when an inline `style` hides the element. Declarations are read in order, so a later
    /// `display: block` undoes an earlier `display: none`.
    static func styleHides(_ style: String) -> Bool {
        var hidden: [String: Bool] = [:]
        for declaration in style.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let property = parts[0].trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let value = parts[1].replacingOccurrences(of: "!important", with: "")
                .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            switch property {
            case "display": hidden[property] = value == "none"
            case "visibility": hidden[property] = value == "hidden" || value == "collapse"
            case "content-visibility": hidden[property] = value == "hidden"
            case "opacity": hidden[property] = Double(value).map { $0 <= 0.01 } ?? false
            case "font-size": hidden[property] = isZeroLength(value)
            default: continue
            }
        }
        return hidden.values.contains(true)
    }

    static func isZeroLength(_ value: String) -> Bool {
        let number = value.prefix { $0.isNumber || $0 == "." || $0 == "-" }
        return Double(number).map { $0 <= 0 } ?? false
    }
}

extension String {
    /// The text as a reader sees it: runs of white space as one space, none at the ends.
    package var collapsingWhiteSpace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
