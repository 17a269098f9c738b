/// What Chromium showed a reader of one marked element of a page, as the page script of
/// `check --browser` reported it: why the element or its value cannot be seen, or else the
/// element as rendered, reduced to the text a reader can read.
package struct RenderedItem: Sendable, Hashable, Codable {
    /// Text of the element that was left out of `html` because a reader cannot read it.
    package struct Drop: Sendable, Hashable, Codable {
        /// Where the text is on the page (`body > main > ul > li[2] > span`).
        package var path: String
        /// Why it cannot be read ("has contrast 1.0:1 (#ffffff on #ffffff): …").
        package var problem: String
        /// The text, trimmed.
        package var text: String

        /// Makes a drop.
        package init(path: String, problem: String, text: String) {
            self.path = path
            self.problem = problem
            self.text = text
        }
    }

    /// The element's mark (`data-item`).
    package var mark: String
    /// The element's path on the page (`body > main > section[1] > ul > li[2]`).
    package var path: String
    /// Why a reader cannot see the marked element or its value element; nil when they can.
    package var problem: String?
    /// The element as rendered: only elements that display and text a reader can read, with the
    /// attributes the judge reads (`data-item`, `data-value`, `href`, `open`); empty with a problem.
    package var html: String
    /// The text left out of `html`, and why.
    package var drops: [Drop]

    /// Makes a rendered item.
    package init(mark: String, path: String, problem: String?, html: String, drops: [Drop]) {
        self.mark = mark
        self.path = path
        self.problem = problem
        self.html = html
        self.drops = drops
    }
}
