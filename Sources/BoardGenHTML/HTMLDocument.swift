import CGumbo
import Foundation

/// The only file that talks to Gumbo, the HTML5 parser (Debian's libgumbo: it implements the
/// WHATWG parsing algorithm, so a page is read the way a browser reads it: implied and misnested
/// tags, `<template>` contents, character references). No C pointer leaves this file; the
/// parse output is freed before `parse` returns.
package enum HTMLDocument {
    /// The page's `<html>` element, with every element and text node below it.
    package static func parse(_ html: String) -> HTMLElement {
        var html = html
        html.makeContiguousUTF8()
        return html.utf8.withContiguousStorageIfAvailable { parse(bytes: UnsafeRawBufferPointer($0)) }
            ?? parse(bytes: Data(html.utf8))
    }

    /// The page's `<html>` element, parsed from its bytes as they were served or written. Bytes that
    /// are not UTF-8 become U+FFFD, as in a browser (Gumbo decodes them itself, so the page is not
    /// copied into a `String` first).
    package static func parse(bytes: Data) -> HTMLElement {
        bytes.withUnsafeBytes { parse(bytes: $0) }
    }
}

private extension HTMLDocument {
    static func parse(bytes: UnsafeRawBufferPointer) -> HTMLElement {
        // Gumbo reads `length` bytes and needs no terminator, but a null pointer for an empty page.
        let empty: [CChar] = [0]
        return empty.withUnsafeBufferPointer { fallback -> HTMLElement in
            let start = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) ?? fallback.baseAddress
            var options = kGumboDefaultOptions
            guard let start, let output = gumbo_parse_with_options(&options, start, bytes.count) else {
                return HTMLElement(tag: "html")
            }
            defer { gumbo_destroy_output(&options, output) }
            guard let root = output.pointee.root, case .element(let element) = convert(root) else {
                return HTMLElement(tag: "html")
            }
            return element
        }
    }

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
        if attributes.length > 0 { result.attributes.reserveCapacity(Int(attributes.length)) }
        for index in 0..<Int(attributes.length) {
            guard let pointer = attributes.data[index]?.assumingMemoryBound(to: GumboAttribute.self),
                let name = pointer.pointee.name, let value = pointer.pointee.value
            else { continue }
            let key = lowercased(name)
            if result.attributes[key] == nil { result.attributes[key] = String(cString: value) }
        }
        let children = element.children
        result.children.reserveCapacity(Int(children.length))
        for index in 0..<Int(children.length) {
            guard let child = children.data[index]?.assumingMemoryBound(to: GumboNode.self),
                let converted = convert(child)
            else { continue }
            result.children.append(converted)
        }
        return result
    }

    /// An attribute's name in lower case. Gumbo lowers the names of HTML attributes already, so the
    /// name is copied as it is unless it holds an upper-case ASCII letter (foreign content keeps case).
    static func lowercased(_ name: UnsafePointer<CChar>) -> String {
        var cursor = name
        while cursor.pointee != 0 {
            if cursor.pointee >= 0x41 && cursor.pointee <= 0x5A { return String(cString: name).lowercased() }
            cursor += 1
        }
        return String(cString: name)
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
