import BoardGenSupport
import CCmark
import Foundation

/// The only file that talks to cmark-gfm (GitHub's fork of libcmark). It parses Markdown with the
/// `table` and `strikethrough` extensions, hands fenced directive blocks to a callback that returns
/// HTML, hands every kept link and image to a callback that may label it, wraps each table in a
/// scrolling box, reports raw HTML and unsafe links, and renders in safe mode. No C pointer leaves
/// this file.
///
/// Not enabled: `autolink` (the Debian build, 0.29.0.gfm.6, predates the fix of an out-of-bounds
/// read in it, and a bare address in a regulation should be a `[[contact ID]]` anyway) and
/// `tagfilter` (safe mode already drops all raw HTML).
package enum CommonMark {
    /// A fenced block whose info string names a directive.
    package struct FencedBlock {
        /// The info string split on white space: `["timetable", "consultations"]`.
        package var words: [String]
        /// The block's body.
        package var body: String
        /// 1-based line and column of the fence within the Markdown text.
        package var line: Int
        package var column: Int
        /// True when a section title ("1. Общие положения", rendered as h2) stands before the block.
        package var isInSection = false
    }

    /// A link or an image with a safe address, as written.
    package struct Link {
        /// The destination after Markdown unescaping (`../files/plan.pdf`), not percent-decoded.
        package var url: String
        /// True for `![alt](url)`.
        package var isImage: Bool
        /// The plain text inside the brackets: an image's alt text, a link's text.
        package var text: String
        /// 1-based line and column of the link's `[` (or an image's `!`) within the Markdown text.
        package var line: Int
        package var column: Int
    }

    /// Something in the Markdown that was dropped for safety, or could not be rendered.
    package struct Finding {
        /// `tableTooLarge`: `text` is the number of cells; the text was rendered without tables.
        package enum Kind { case rawHTML, unsafeLink, tableTooLarge }
        package var kind: Kind
        package var text: String
        package var line: Int
        package var column: Int
    }

    /// Renders Markdown to HTML. `directive` returns the HTML for a fenced block with an info
    /// string, or nil to keep it as a code block. `link` returns HTML to put at the end of a
    /// link's text (inside the `<a>`, so it is part of the link's name), or nil; images take none.
    /// Each table is wrapped in `<div role="region" tabindex="0" class="table-wrap" aria-label="LABEL N">`
    /// (`table-wrap table-wide` when its words may break anywhere on paper), and its header cells
    /// get `scope="col"`.
    package static func render(
        _ markdown: String, tableLabel: String = "Table", directive: (FencedBlock) -> String?,
        link: (Link) -> String? = { _ in nil }
    ) -> (html: String, findings: [Finding]) {
        var findings: [Finding] = []
        var extensions = ["table", "strikethrough"]
        if let oversized = TableSize.firstOversized(in: markdown) {
            findings.append(
                Finding(kind: .tableTooLarge, text: String(oversized.cells), line: oversized.line, column: 1))
            extensions = ["strikethrough"]
        }
        _ = registration
        guard let parser = cmark_parser_new(options) else { return ("", findings) }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        guard let root = cmark_parser_finish(parser) else { return ("", findings) }
        defer { cmark_node_free(root) }
        let edits = collect(root, markdown: markdown, directive: directive, link: link)
        edits.apply(tableLabel: tableLabel)
        guard let rendered = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ("", findings + edits.findings)
        }
        defer { free(rendered) }
        let html = String(cString: rendered)
        return (edits.tables.isEmpty ? html : scopeHeaders(html), findings + edits.findings)
    }

    /// The most cells the tables of one text may have together (more is `Finding.Kind.tableTooLarge`).
    package static var maximumTableCells: Int { TableSize.maximumCells }

    /// Renders a short inline text (a table cell, a label) as HTML without the paragraph wrapper.
    package static func renderInline(_ markdown: String) -> String {
        let html = render(markdown) { _ in nil }.html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 else {
            return html
        }
        return String(html.dropFirst(3).dropLast(4))
    }
}

private extension CommonMark {
    /// Safe mode (raw HTML and dangerous URLs dropped), UTF-8 checked, table alignment as CSS
    /// (`align` is obsolete in HTML5), and only `~~double~~` tildes strike through: a single `~`
    /// is the everyday "approximately" of Russian texts.
    static let options =
        CMARK_OPT_DEFAULT | CMARK_OPT_SAFE | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE

    /// cmark-gfm's extension registry is global and its registration is not thread-safe: a Swift
    /// global is initialised once, whichever thread renders first.
    static let registration: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// What one walk over the document found and will change.
    struct Edits {
        var findings: [Finding] = []
        var directives: [(OpaquePointer, String)] = []
        var linkLabels: [(OpaquePointer, String)] = []
        var tables: [OpaquePointer] = []
        var sectionTitles: [OpaquePointer] = []

        /// Changes the tree after the walk (changing it during the walk would confuse the iterator).
        func apply(tableLabel: String) {
            for list in sectionTitles { CommonMark.makeHeading(list) }
            for (node, html) in directives { CommonMark.replace(node, withHTML: html) }
            for (node, html) in linkLabels { CommonMark.appendInline(html, to: node) }
            for (index, table) in tables.enumerated() {
                let width = CommonMark.isWide(table) ? " table-wide" : ""
                let label = "\(tableLabel) \(index + 1)".htmlEscaped
                let open = CommonMark.tableWrapperStart + "\(width)\" aria-label=\"\(label)\">"
                CommonMark.wrap(table, open: open, close: "</div>")
            }
        }
    }

    /// The start of the box around a table; content cannot write it (its `<` would be escaped).
    static let tableWrapperStart = "<div role=\"region\" tabindex=\"0\" class=\"table-wrap"

    /// A table is wide when its longest words, one per column, and the cells' padding make more
    /// than `wideTableCharacters` characters: about a line of an A4 page at the print size. Its
    /// words may then break anywhere on paper (`.table-wide`), so that it still prints at 100 %;
    /// the words of other tables stay whole.
    static let wideTableCharacters = 64

    static func isWide(_ table: OpaquePointer) -> Bool {
        var longest: [Int] = []
        var row = cmark_node_first_child(table)
        while let current = row {
            var cell = cmark_node_first_child(current), column = 0
            while let node = cell {
                let word = longestWord(plainText(node))
                if column < longest.count { longest[column] = max(longest[column], word) } else { longest.append(word) }
                (cell, column) = (cmark_node_next(node), column + 1)
            }
            row = cmark_node_next(current)
        }
        return longest.reduce(0, +) + 2 * longest.count > wideTableCharacters
    }

    /// The characters of the longest run a browser does not break: words end at white space and
    /// after a hyphen. An inline marker's placeholder (U+E000…) becomes a phone number or an
    /// e-mail address, counted as 18 characters.
    static func longestWord(_ text: String) -> Int {
        var longest = 0, current = 0, isMarker = false
        for character in text {
            if character.isWhitespace {
                (current, isMarker) = (0, false)
                continue
            }
            if character == "\u{E000}" { isMarker = true }
            current += 1
            longest = max(longest, isMarker ? min(current, 18) : current)
            if character == "-" { (current, isMarker) = (0, false) }
        }
        return longest
    }

    /// cmark-gfm writes a header cell as `<th>` or `<th style="…">`; `scope="col"` says which
    /// cells it heads, as on the site's other tables. Only the heads of the wrapped tables are
    /// touched: from a wrapper's start to its `</thead>`, where only cmark-gfm writes tags.
    static func scopeHeaders(_ html: String) -> String {
        var result = "", rest = html[...]
        while let open = rest.range(of: tableWrapperStart), let end = rest[open.upperBound...].range(of: "</thead>") {
            result += rest[..<open.upperBound]
            result += rest[open.upperBound..<end.lowerBound]
                .replacingOccurrences(of: "<th>", with: "<th scope=\"col\">")
                .replacingOccurrences(of: "<th style=", with: "<th scope=\"col\" style=")
            rest = rest[end.lowerBound...]
        }
        return result + rest
    }

    static func collect(
        _ root: OpaquePointer, markdown: String, directive: (FencedBlock) -> String?, link: (Link) -> String?
    ) -> Edits {
        var edits = Edits()
        var lines = SourceLines(markdown)
        walk(root) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                break
            case CMARK_NODE_CODE_BLOCK:
                if var block = fencedBlock(node) {
                    (block.line, block.column) = lines.location(of: node)
                    block.isInSection = !edits.sectionTitles.isEmpty
                    if let html = directive(block) { edits.directives.append((node, html)) }
                }
            case CMARK_NODE_HTML_INLINE where literal(node).hasPrefix("</"):
                break  // the closing tag of an element already reported at its opening tag
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                let (line, column) = lines.location(of: node)
                edits.findings.append(Finding(kind: .rawHTML, text: literal(node), line: line, column: column))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                visitLink(node, lines: &lines, edits: &edits, link: link)
            case CMARK_NODE_LIST where isSectionTitle(node):
                edits.sectionTitles.append(node)
            default:
                // Compared as C strings: this runs for every paragraph, emphasis and line break of every page.
                if let type = cmark_node_get_type_string(node), strcmp(type, "table") == 0 { edits.tables.append(node) }
            }
        }
        return edits
    }

    /// The longest text a section title may have ("2. Кто оказывает помощь"); longer is a numbered sentence.
    static let longestSectionTitle = 120

    /// Regulations number their sections "1. Общие положения" on a line of their own, which Markdown reads
    /// as an ordered list of one item. Such a list at the top level of the text, whose item is one short
    /// line of plain text that does not end like a sentence (. : ; ,), is the section's title.
    static func isSectionTitle(_ list: OpaquePointer) -> Bool {
        guard cmark_node_get_list_type(list) == CMARK_ORDERED_LIST,
            cmark_node_get_type(cmark_node_parent(list)) == CMARK_NODE_DOCUMENT,
            let item = cmark_node_first_child(list), cmark_node_next(item) == nil,
            let paragraph = cmark_node_first_child(item), cmark_node_next(paragraph) == nil,
            cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH
        else { return false }
        var inline = cmark_node_first_child(paragraph)
        while let node = inline {
            guard [CMARK_NODE_TEXT, CMARK_NODE_EMPH, CMARK_NODE_STRONG].contains(cmark_node_get_type(node)) else {
                return false
            }
            inline = cmark_node_next(node)
        }
        let text = plainText(paragraph).trimmedSpaces
        guard let last = text.last, text.utf8.count <= longestSectionTitle || !text.hasMore(than: longestSectionTitle)
        else { return false }
        return !".:;,".contains(last)
    }

    /// Replaces a section title's one-item list by a level-2 heading that keeps its number as text
    /// ("2. Кто оказывает помощь").
    static func makeHeading(_ list: OpaquePointer) {
        guard let item = cmark_node_first_child(list), let paragraph = cmark_node_first_child(item),
            let heading = cmark_node_new(CMARK_NODE_HEADING)
        else { return }
        cmark_node_set_heading_level(heading, 2)
        if let number = cmark_node_new(CMARK_NODE_TEXT) {
            let delimiter = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : "."
            cmark_node_set_literal(number, "\(cmark_node_get_list_start(list))\(delimiter) ")
            if cmark_node_append_child(heading, number) == 0 { cmark_node_free(number) }
        }
        while let child = cmark_node_first_child(paragraph) {
            cmark_node_unlink(child)
            if cmark_node_append_child(heading, child) == 0 { cmark_node_free(child) }
        }
        cmark_node_replace(list, heading)
        cmark_node_free(list)
    }

    static func visitLink(_ node: OpaquePointer, lines: inout SourceLines, edits: inout Edits, link: (Link) -> String?)
    {
        let url = string(cmark_node_get_url(node))
        let (line, column) = lines.location(of: node)
        guard isSafeURL(url) else {
            edits.findings.append(Finding(kind: .unsafeLink, text: url, line: line, column: column))
            return
        }
        let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
        let found = Link(url: url, isImage: isImage, text: plainText(node), line: line, column: column)
        if let html = link(found), !isImage { edits.linkLabels.append((node, html)) }
    }

    static func walk(_ root: OpaquePointer, visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator)
            else { continue }
            visit(node)
        }
    }

    /// The text of a node's descendants (an image's alt text), without markup.
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        walk(node) { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(child)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    static func fencedBlock(_ node: OpaquePointer) -> FencedBlock? {
        let words = string(cmark_node_get_fence_info(node)).split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return nil }
        return FencedBlock(words: words, body: literal(node), line: 1, column: 1)
    }

    /// Custom blocks render their on-enter text verbatim, even in safe mode: only our own HTML goes there.
    static func replace(_ node: OpaquePointer, withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html)
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    /// Adds our own HTML as the last child of a link (a table cell cannot hold a custom inline
    /// next to the link, but a link can hold one inside).
    static func appendInline(_ html: String, to node: OpaquePointer) {
        guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(inline, html)
        if cmark_node_append_child(node, inline) == 0 { cmark_node_free(inline) }
    }

    /// Puts a block inside a custom block that renders `open` before it and `close` after it.
    static func wrap(_ node: OpaquePointer, open: String, close: String) {
        guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(wrapper, open)
        cmark_node_set_on_exit(wrapper, close)
        guard cmark_node_insert_before(node, wrapper) != 0 else {
            cmark_node_free(wrapper)
            return
        }
        if cmark_node_append_child(wrapper, node) == 0 {
            cmark_node_unlink(wrapper)
            cmark_node_free(wrapper)
        }
    }

    static func isSafeURL(_ url: String) -> Bool {
        let lowered = url.trimmingCharacters(in: .whitespaces).lowercased()
        return !["javascript:", "vbscript:", "file:", "data:"].contains { lowered.hasPrefix($0) }
    }

    static func literal(_ node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }

    /// The start of a node; inline nodes without a position take their nearest block's.
    static func position(_ node: OpaquePointer) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return (line, Int(cmark_node_get_start_column(candidate))) }
            current = cmark_node_parent(candidate)
        }
        return (1, 1)
    }
    static func string(_ pointer: UnsafePointer<CChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }
}

/// Where the lines of the Markdown text start, found on the first request: cmark counts columns in
/// bytes, diagnostics in characters, and most documents need no column at all.
private struct SourceLines {
    let text: String
    private var starts: [String.Index] = []

    init(_ text: String) {
        self.text = text
    }

    /// The line and the column in characters of a node.
    mutating func location(of node: OpaquePointer) -> (line: Int, column: Int) {
        let (line, byteColumn) = CommonMark.position(node)
        if starts.isEmpty { starts = Self.lineStarts(text) }
        guard starts.indices.contains(line - 1) else { return (line, byteColumn) }
        let utf8 = text.utf8
        let start = starts[line - 1]
        let end = utf8.index(start, offsetBy: max(byteColumn - 1, 0), limitedBy: utf8.endIndex) ?? utf8.endIndex
        return (line, String(decoding: utf8[start..<end], as: UTF8.self).count + 1)
    }

    static func lineStarts(_ text: String) -> [String.Index] {
        let utf8 = text.utf8
        var starts = [utf8.startIndex]
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = utf8.index(after: newline)
            starts.append(index)
        }
        return starts
    }
}

#if canImport(Glibc)
import Glibc
#endif
