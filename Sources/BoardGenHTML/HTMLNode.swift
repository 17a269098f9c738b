/// A parsed HTML node: an element or a run of text (comments are dropped by the parser's caller,
/// since they never display).
package enum HTMLNode: Sendable {
    case element(HTMLElement)
    case text(String)
}

/// An element of a parsed page, with the place where it starts in the source.
package struct HTMLElement: Sendable {
    /// The tag name in lower case (`td`, `a`; an unknown tag as written, lowered).
    package var tag: String
    /// Attributes by lower-cased name; the first of a repeated name wins, as in browsers.
    package var attributes: [String: String]
    package var children: [HTMLNode]
    /// 1-based line and column of the start tag in the page (0 for elements the parser inserted).
    package var line: Int
    package var column: Int

    /// Makes an element.
    package init(
        tag: String, attributes: [String: String] = [:], children: [HTMLNode] = [], line: Int = 0, column: Int = 0
    ) {
        self.tag = tag
        self.attributes = attributes
        self.children = children
        self.line = line
        self.column = column
    }

    /// The child elements, in document order.
    package var childElements: [HTMLElement] {
        children.compactMap {
            if case .element(let element) = $0 { return element }
            return nil
        }
    }
}
