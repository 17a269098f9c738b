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
        if Self.isNeverDisplayed(tag) { return true }
        // Most elements have no attributes at all: no lookups for them.
        guard !attributes.isEmpty else { return false }
        if attributes["hidden"] != nil { return true }
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

    /// `neverDisplayed.contains(tag)` without hashing the tag: asked for every element of every page.
    static func isNeverDisplayed(_ tag: String) -> Bool {
        switch tag {
        case "head", "title", "script", "style", "template", "noscript": true
        default: false
        }
    }

    /// Block-level tags: their text stands apart from the text around them.
    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "section", "article", "header",
        "footer", "main", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "br", "caption", "figure",
        "figcaption", "blockquote", "pre", "hr", "details", "summary", "address", "form", "fieldset",
    ]
}

private extension HTMLElement {
    func appendVisibleText(to text: inout String) {
        forEachVisibleChild { _, child in
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

    /// Calls `body` with the index and node of each child that displays, in order, without
    /// collecting them: this runs for every element of every judged page.
    func forEachVisibleChild(_ body: (Int, HTMLNode) -> Void) {
        let isClosedDetails = tag == "details" && attributes["open"] == nil
        var summaryShown = false
        for (index, child) in children.enumerated() {
            guard case .element(let element) = child else {
                if !isClosedDetails { body(index, child) }
                continue
            }
            if element.hidesItsContent { continue }
            if isClosedDetails {
                guard element.tag == "summary", !summaryShown else { continue }
                summaryShown = true
            }
            body(index, child)
        }
    }

    /// One step of a path: a visible child of `parent`, by its index among the parent's children.
    /// Its text is worked out only when a caller asks for the path.
    struct PathStep {
        var parent: HTMLElement
        var index: Int

        /// `dd[1]` when the parent has several children of the tag (hidden ones count), else `dd`;
        /// the number counts the visible children of the tag up to this one.
        var text: String {
            guard case .element(let element) = parent.children[index] else { return "" }
            let tag = element.tag
            let all = parent.children.count { if case .element(let other) = $0 { other.tag == tag } else { false } }
            guard all > 1 else { return tag }
            var ordinal = 0
            parent.forEachVisibleChild { position, child in
                if position <= index, case .element(let other) = child, other.tag == tag { ordinal += 1 }
            }
            return "\(tag)[\(ordinal)]"
        }
    }

    func walkVisible(trail: inout [PathStep], _ body: (HTMLElement, () -> [String]) -> Void) {
        forEachVisibleChild { index, child in
            guard case .element(let element) = child else { return }
            trail.append(PathStep(parent: self, index: index))
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
    /// The text as a reader sees it: runs of white space as one space, none at the ends. White space is a
    /// `Character` whose first scalar is white space (`Character.isWhitespace`).
    package var collapsingWhiteSpace: String {
        collapsingWhiteSpaceByScalars ?? split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The same, read scalar by scalar, for a text where every scalar is a character of its own (no combining
    /// marks, joiners or prepended signs: ASCII, Latin-1, Cyrillic letters, punctuation, the spaces); nil for
    /// any other text. Splitting into characters found grapheme boundaries one by one: a twentieth of a check.
    var collapsingWhiteSpaceByScalars: String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var isInSpace = true  // at the start: leading white space is dropped
        for scalar in unicodeScalars {
            guard Self.standsAlone(scalar) else { return nil }
            if Self.isWhiteSpace(scalar) {
                isInSpace = true
                continue
            }
            if isInSpace && !bytes.isEmpty { bytes.append(0x20) }
            isInSpace = false
            bytes.append(contentsOf: UTF8.encode(scalar).unsafelyUnwrapped)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Unicode's White_Space property (what `Character.isWhitespace` asks of a character's first scalar), written
    /// out: the property lookup cost more than the rest of the loop.
    private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// True for a scalar that never joins the one before it in a character, nor the one after it (CR and LF
    /// join, but both are white space, so a run of them collapses the same either way).
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x1680, 0x2000...0x200A, 0x2010...0x2029, 0x202F...0x205F,
            0x3000, 0x2116, 0x20A0...0x20C0:
            true
        default: false
        }
    }
}
