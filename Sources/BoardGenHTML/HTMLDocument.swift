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
            // Gumbo allocates every node, attribute, text and vector of the page through the options' allocator:
            // from an arena here, freed at once after the conversion, instead of one malloc and one free each
            // (a seventh of a check's parse). Nothing is freed by `gumbo_destroy_output` then; the arena holds it.
            let arena = ParseArena()
            defer { arena.release() }
            var options = kGumboDefaultOptions
            options.allocator = { userdata, size in
                userdata.map { Unmanaged<ParseArena>.fromOpaque($0).takeUnretainedValue().allocate(size) } ?? nil
            }
            options.deallocator = { _, _ in }
            options.userdata = Unmanaged.passUnretained(arena).toOpaque()
            options.max_errors = 0  // parse errors are not read; recording them changes nothing in the tree
            guard let start, let output = gumbo_parse_with_options(&options, start, bytes.count) else {
                return HTMLElement(tag: "html")
            }
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

/// The memory of one parse: blocks handed out from large chunks, all freed together by `release()`.
/// Used from the parsing thread only.
private final class ParseArena {
    private var chunks: [UnsafeMutableRawPointer] = []
    private var cursor: UnsafeMutableRawPointer?
    private var remaining = 0
    private static let chunkSize = 256 * 1024

    /// A block of `size` bytes aligned to 16, or nil when the system has no memory left.
    func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        let aligned = (max(size, 1) + 15) & ~15
        if aligned > remaining {
            // A large block (a long text run) gets a chunk of its own; the current chunk stays in use.
            guard aligned <= Self.chunkSize / 4 else { return keep(malloc(aligned)) }
            guard let chunk = keep(malloc(Self.chunkSize)) else { return nil }
            (cursor, remaining) = (chunk, Self.chunkSize)
        }
        defer { (cursor, remaining) = (cursor.map { $0 + aligned }, remaining - aligned) }
        return cursor
    }

    /// Frees every chunk.
    func release() {
        for chunk in chunks { free(chunk) }
        chunks = []
        (cursor, remaining) = (nil, 0)
    }

    private func keep(_ block: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        if let block { chunks.append(block) }
        return block
    }
}
