import CGumbo

/// The only file that talks to Gumbo, the HTML5 parser (Debian's libgumbo: it implements the
/// WHATWG parsing algorithm, so a page is read the way a browser reads it: implied and misnested
/// tags, `<template>` contents, character references). No C pointer leaves this file; the
/// parse output is freed before `parse` returns.
package enum HTMLDocument {
    /// The page's `<html>` element, with every element and text node below it.
    package static func parse(_ html: String) -> HTMLElement {
        var bytes = Array(html.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer -> HTMLElement in
            let raw = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var options = kGumboDefaultOptions
            guard let output = gumbo_parse_with_options(&options, raw, buffer.count - 1) else {
                return HTMLElement(tag: "html")
            }
            defer { gumbo_destroy_output(&options, output) }
            guard let root = output.pointee.root, case .element(let element) = convert(root) else {
                return HTMLElement(tag: "html")
            }
            return element
        }
    }
}

private extension HTMLDocument {
    static func convert(_ node: UnsafeMutablePointer<GumboNode>) -> HTMLNode? {
        switch node.pointee.type {
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            return .element(element(node.pointee.v.element))
        case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
            guard let text = node.pointee.v.text.text else { return nil }
            return .text(String(cString: text))
        default:
            return nil  // comments and the document node never display
        }
    }

    static func element(_ element: GumboElement) -> HTMLElement {
        var result = HTMLElement(
            tag: tagName(element), line: Int(element.start_pos.line), column: Int(element.start_pos.column))
        let attributes = element.attributes
        for index in 0..<Int(attributes.length) {
            guard let pointer = attributes.data[index]?.assumingMemoryBound(to: GumboAttribute.self),
                let name = pointer.pointee.name, let value = pointer.pointee.value
            else { continue }
            let key = String(cString: name).lowercased()
            if result.attributes[key] == nil { result.attributes[key] = String(cString: value) }
        }
        let children = element.children
        for index in 0..<Int(children.length) {
            guard let child = children.data[index]?.assumingMemoryBound(to: GumboNode.self),
                let converted = convert(child)
            else { continue }
            result.children.append(converted)
        }
        return result
    }

    static func tagName(_ element: GumboElement) -> String {
        if element.tag != GUMBO_TAG_UNKNOWN, let name = gumbo_normalized_tagname(element.tag) {
            return String(cString: name)
        }
        var piece = element.original_tag
        gumbo_tag_from_original_text(&piece)
        guard let data = piece.data, piece.length > 0 else { return "unknown" }
        let bytes = UnsafeRawBufferPointer(start: data, count: piece.length)
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }
}
