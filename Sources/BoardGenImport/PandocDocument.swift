/// pandoc's JSON document tree (`pandoc -t json`, API 1.22 and 1.23), decoded with `Decodable`:
/// the blocks and inlines import needs, everything else skipped.
package struct PandocDocument: Decodable, Sendable {
    /// The document's blocks.
    package var blocks: [PandocBlock]
}

/// A block element of pandoc's tree.
package indirect enum PandocBlock: Decodable, Sendable {
    case para([PandocInline])
    case plain([PandocInline])
    case header(level: Int, [PandocInline])
    case lineBlock([[PandocInline]])
    case orderedList(start: Int, style: String, items: [[PandocBlock]])
    case bulletList([[PandocBlock]])
    case table(PandocTable)
    /// A block quote, a div or a figure: its blocks count as the document's.
    case container([PandocBlock])
    case codeBlock(String)
    case other

    private enum Keys: String, CodingKey { case t, c }

    package init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: Keys.self)
        let tag = try object.decode(String.self, forKey: .t)
        switch tag {
        case "Para": self = .para(try object.decode([PandocInline].self, forKey: .c))
        case "Plain": self = .plain(try object.decode([PandocInline].self, forKey: .c))
        case "LineBlock": self = .lineBlock(try object.decode([[PandocInline]].self, forKey: .c))
        case "Header":
            var content = try object.nestedUnkeyedContainer(forKey: .c)
            let level = try content.decode(Int.self)
            _ = try content.decode(PandocSkipped.self)
            self = .header(level: level, try content.decode([PandocInline].self))
        case "OrderedList":
            var content = try object.nestedUnkeyedContainer(forKey: .c)
            var attributes = try content.nestedUnkeyedContainer()
            let start = try attributes.decode(Int.self)
            let style = try attributes.decode(PandocTag.self).t
            self = .orderedList(start: start, style: style, items: try content.decode([[PandocBlock]].self))
        case "BulletList": self = .bulletList(try object.decode([[PandocBlock]].self, forKey: .c))
        case "Table": self = .table(try object.decode(PandocTable.self, forKey: .c))
        case "BlockQuote": self = .container(try object.decode([PandocBlock].self, forKey: .c))
        case "Div", "Figure":
            var content = try object.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocSkipped.self)
            if tag == "Figure" { _ = try content.decode(PandocSkipped.self) }
            self = .container(try content.decode([PandocBlock].self))
        case "CodeBlock":
            var content = try object.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocSkipped.self)
            self = .codeBlock(try content.decode(String.self))
        default: self = .other
        }
    }
}

/// An inline element of pandoc's tree.
package indirect enum PandocInline: Decodable, Sendable {
    case text(String)
    case space
    case lineBreak
    case strong([PandocInline])
    case superscript([PandocInline])
    case styled([PandocInline])
    case quoted(double: Bool, [PandocInline])
    case link([PandocInline], target: String)
    case note([PandocBlock])
    case image
    case other

    private enum Keys: String, CodingKey { case t, c }

    package init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: Keys.self)
        let tag = try object.decode(String.self, forKey: .t)
        switch tag {
        case "Str": self = .text(try object.decode(String.self, forKey: .c))
        case "Space", "SoftBreak": self = .space
        case "LineBreak": self = .lineBreak
        case "Strong": self = .strong(try object.decode([PandocInline].self, forKey: .c))
        case "Superscript": self = .superscript(try object.decode([PandocInline].self, forKey: .c))
        case "Emph", "Underline", "Strikeout", "Subscript", "SmallCaps":
            self = .styled(try object.decode([PandocInline].self, forKey: .c))
        case "Quoted":
            var content = try object.nestedUnkeyedContainer(forKey: .c)
            let kind = try content.decode(PandocTag.self).t
            self = .quoted(double: kind == "DoubleQuote", try content.decode([PandocInline].self))
        case "Span", "Cite":
            var content = try object.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocSkipped.self)
            self = .styled(try content.decode([PandocInline].self))
        case "Code", "Math", "RawInline":
            var content = try object.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocSkipped.self)
            self = tag == "RawInline" ? .other : .text(try content.decode(String.self))
        case "Link":
            var content = try object.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocSkipped.self)
            let inlines = try content.decode([PandocInline].self)
            let target = try content.decode([String].self)
            self = .link(inlines, target: target.first ?? "")
        case "Note": self = .note(try object.decode([PandocBlock].self, forKey: .c))
        case "Image": self = .image
        default: self = .other
        }
    }
}

/// A table (API 1.22+): attributes, caption, column specs, head, bodies, foot.
package struct PandocTable: Decodable, Sendable {
    /// The header rows, then the body rows, then the foot rows; each cell's blocks.
    package var rows: [[[PandocBlock]]]

    package init(from decoder: any Decoder) throws {
        var content = try decoder.unkeyedContainer()
        _ = try content.decode(PandocSkipped.self)  // attributes
        _ = try content.decode(PandocSkipped.self)  // caption
        _ = try content.decode(PandocSkipped.self)  // column specs
        let head = try content.decode(PandocTableSection.self)
        let bodies = try content.decode([PandocTableBody].self)
        let foot = try content.decode(PandocTableSection.self)
        rows = head.rows + bodies.flatMap { $0.rows } + foot.rows
    }
}

/// A table head or foot: attributes and rows.
struct PandocTableSection: Decodable, Sendable {
    var rows: [[[PandocBlock]]]

    init(from decoder: any Decoder) throws {
        var content = try decoder.unkeyedContainer()
        _ = try content.decode(PandocSkipped.self)
        rows = try content.decode([PandocRow].self).map(\.cells)
    }
}

/// A table body: attributes, row-head columns, intermediate head rows, body rows.
struct PandocTableBody: Decodable, Sendable {
    var rows: [[[PandocBlock]]]

    init(from decoder: any Decoder) throws {
        var content = try decoder.unkeyedContainer()
        _ = try content.decode(PandocSkipped.self)
        _ = try content.decode(PandocSkipped.self)
        let heads = try content.decode([PandocRow].self)
        let body = try content.decode([PandocRow].self)
        rows = (heads + body).map(\.cells)
    }
}

/// A row: attributes and cells; a cell is attributes, alignment, row span, column span, blocks.
struct PandocRow: Decodable, Sendable {
    var cells: [[PandocBlock]]

    init(from decoder: any Decoder) throws {
        var content = try decoder.unkeyedContainer()
        _ = try content.decode(PandocSkipped.self)
        var list = try content.nestedUnkeyedContainer()
        var cells: [[PandocBlock]] = []
        while !list.isAtEnd {
            var cell = try list.nestedUnkeyedContainer()
            for _ in 0..<4 { _ = try cell.decode(PandocSkipped.self) }
            cells.append(try cell.decode([PandocBlock].self))
        }
        self.cells = cells
    }
}

/// `{"t": "…"}`: an enumeration value such as a list style.
struct PandocTag: Decodable, Sendable {
    var t: String
}

/// Any JSON value, read and dropped.
struct PandocSkipped: Decodable, Sendable {
    init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            while !list.isAtEnd { _ = try list.decode(PandocSkipped.self) }
        } else if let object = try? decoder.container(keyedBy: AnyKey.self) {
            for key in object.allKeys { _ = try object.decode(PandocSkipped.self, forKey: key) }
        }
    }
}

/// A coding key for any name.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
