import BoardGenSupport
import CCmark

/// The only file that talks to libcmark. It parses Markdown, hands fenced
/// directive blocks to a callback that returns HTML, reports raw HTML and unsafe
/// links, and renders in cmark's safe mode. No C pointer leaves this file.
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
    }

    /// Something in the Markdown that was dropped for safety.
    package struct Finding {
        package enum Kind { case rawHTML, unsafeLink }
        package var kind: Kind
        package var text: String
        package var line: Int
        package var column: Int
    }

    /// Renders Markdown to HTML. `directive` returns the HTML for a fenced block
    /// with an info string, or nil to keep it as a code block.
    package static func render(
        _ markdown: String, directive: (FencedBlock) -> String?
    ) -> (html: String, findings: [Finding]) {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE | CMARK_OPT_VALIDATE_UTF8
        guard let root = cmark_parse_document(markdown, markdown.utf8.count, options) else { return ("", []) }
        defer { cmark_node_free(root) }
        var findings: [Finding] = []
        var replacements: [(OpaquePointer, String)] = []
        /// cmark counts columns in bytes; diagnostics count characters. Only directives and
        /// findings need a column, so the line is looked up then, not split up front.
        func column(_ node: OpaquePointer) -> Int {
            let (line, byteColumn) = position(node)
            guard let bytes = lineBytes(markdown, line: line) else { return byteColumn }
            return String(decoding: bytes.prefix(max(byteColumn - 1, 0)), as: UTF8.self).count + 1
        }
        func line(_ node: OpaquePointer) -> Int { position(node).line }
        walk(root) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_CODE_BLOCK:
                if var block = fencedBlock(node) {
                    block.line = line(node)
                    block.column = column(node)
                    if let html = directive(block) { replacements.append((node, html)) }
                }
            case CMARK_NODE_HTML_INLINE where literal(node).hasPrefix("</"):
                break  // the closing tag of an element already reported at its opening tag
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                findings.append(Finding(kind: .rawHTML, text: literal(node), line: line(node), column: column(node)))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = string(cmark_node_get_url(node))
                if !isSafeURL(url) {
                    findings.append(Finding(kind: .unsafeLink, text: url, line: line(node), column: column(node)))
                }
            default:
                break
            }
        }
        for (node, html) in replacements { replace(node, withHTML: html) }
        guard let rendered = cmark_render_html(root, options) else { return ("", findings) }
        defer { free(rendered) }
        return (String(cString: rendered), findings)
    }

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
    static func walk(_ root: OpaquePointer, visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator)
            else { continue }
            visit(node)
        }
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

    /// The UTF-8 bytes of a 1-based line, without its line break.
    static func lineBytes(_ text: String, line: Int) -> Substring.UTF8View? {
        guard line >= 1 else { return nil }
        let utf8 = text.utf8
        var start = utf8.startIndex
        for _ in 1..<line {
            guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = utf8.index(after: newline)
        }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        return text[start..<end].utf8
    }
}

#if canImport(Glibc)
import Glibc
#endif
