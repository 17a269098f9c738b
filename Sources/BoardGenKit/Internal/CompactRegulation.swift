import BoardGenDiagnostics
import BoardGenLoad
import BoardGenModel

/// A kept `Regulation` (without its body) written and read field by field in the compact form; its
/// lists of uses, deadlines, forms, footnotes and rules, mostly empty, go through their own coding.
/// Through `Codable`, each of its fields was a generic call costing thousands of instructions, a
/// fifth of a rebuild that kept 10,000 regulations. `CompactRegulationTests` fails when the
/// regulation gains a stored field, so that this file learns it too.
enum CompactRegulation {
    /// The stored fields written here, in order.
    static let fields = [
        "id", "title", "kind", "order", "audiences", "approval", "uses", "deadlines", "appendices", "footnotes",
        "boardNotice", "boardRules", "bodyFirstLine", "path", "location", "slugLocation",
    ]
    /// The stored fields not kept: the body, read from the file for a page rendered again.
    static let notKept = ["storedBody", "deferredBody"]
    /// The fields of a regulation's whole decoding, and of its broken ids, written here in order.
    static let decodingFields = ["path", "regulation", "diagnostics", "brokenFiles", "brokenIDs"]
    static let brokenIDsFields = ["path", "ids"]
}

extension CompactWriter {
    /// A regulation's whole decoding: the regulation, the findings its decoding reported (through
    /// their own coding) and the files and ids it found broken.
    func write(_ decoding: StoredDecoding) throws {
        write(decoding.path)
        bytes.append(decoding.regulation == nil ? 0 : 1)
        if let regulation = decoding.regulation { try write(regulation) }
        try Values(writer: self).putList(decoding.diagnostics)
        write(UInt64(decoding.brokenFiles.count))
        decoding.brokenFiles.forEach { write($0) }
        write(UInt64(decoding.brokenIDs.count))
        for broken in decoding.brokenIDs {
            write(broken.path)
            write(UInt64(broken.ids.count))
            broken.ids.forEach { write($0) }
        }
    }

    func write(_ regulation: Regulation) throws {
        let values = Values(writer: self)
        write(regulation.id)
        write(regulation.title)
        write(regulation.kind.rawValue)
        write(Int64(regulation.order))
        write(UInt64(regulation.audiences.count))
        regulation.audiences.forEach { write($0.rawValue) }
        bytes.append(regulation.approval == nil ? 0 : 1)
        if let approval = regulation.approval { write(approval) }
        try values.putList(regulation.uses)
        try values.putList(regulation.deadlines)
        try values.putList(regulation.appendices)
        try values.putList(regulation.footnotes)
        write(regulation.boardNotice.rawValue)
        try values.putList(regulation.boardRules)
        write(Int64(regulation.bodyFirstLine))
        write(regulation.path)
        write(regulation.location)
        bytes.append(regulation.slugLocation == nil ? 0 : 1)
        if let slugLocation = regulation.slugLocation { write(slugLocation) }
    }

    /// The compact form's writing of any value, for the fields with a coding of their own.
    private struct Values: CompactValueWriting {
        let writer: CompactWriter

        /// The count, then each element through its own coding (the bytes an unkeyed container writes,
        /// without one: these lists are mostly empty).
        func putList<Element: Encodable>(_ elements: [Element]) throws {
            writer.write(UInt64(elements.count))
            for element in elements { try putValue(element) }
        }
    }
}

extension CompactReader {
    func storedDecoding() throws -> StoredDecoding {
        let path = try text()
        let regulation = try isPresent() ? try self.regulation() : nil
        let values = Values(reader: self)
        return StoredDecoding(
            path: path, regulation: regulation, diagnostics: try list { try values.value(Diagnostic.self) },
            brokenFiles: try list { try text() },
            brokenIDs: try list { StoredDecoding.BrokenIDs(path: try text(), ids: try list { try text() }) })
    }

    func regulation() throws -> Regulation {
        let values = Values(reader: self)
        let (id, title) = (try text(), try text())
        guard let kind = DocumentKind(rawValue: try text()) else { throw CompactDecoder.Failure(reason: "not a kind") }
        let order = Int(Int64(bitPattern: try word()))
        let audiences = try list {
            guard let audience = Audience(rawValue: try text()) else {
                throw CompactDecoder.Failure(reason: "not an audience")
            }
            return audience
        }
        let approval = try isPresent() ? try self.approval() : nil
        let (uses, deadlines) = (
            try list { try values.value(UsedItem.self) }, try list { try values.value(DeadlineSpec.self) }
        )
        let (appendices, footnotes) = (
            try list { try values.value(LogForm.self) }, try list { try values.value(Footnote.self) }
        )
        guard let boardNotice = BoardNoticeMode(rawValue: try text()) else {
            throw CompactDecoder.Failure(reason: "not a board notice mode")
        }
        var regulation = Regulation(
            id: id, title: title, order: order, audiences: audiences, approval: approval, uses: uses,
            deadlines: deadlines, appendices: appendices, footnotes: footnotes, boardNotice: boardNotice, body: "",
            bodyFirstLine: 0, path: "", location: SourceLocation(file: ""))
        regulation.kind = kind
        regulation.boardRules = try list { try values.value(NumberedRule.self) }
        regulation.bodyFirstLine = Int(Int64(bitPattern: try word()))
        regulation.path = try text()
        regulation.location = try location()
        regulation.slugLocation = try isPresent() ? try location() : nil
        return regulation
    }

    /// The compact form's reading of any value, for the fields with a coding of their own.
    private struct Values: CompactValueReading {
        let reader: CompactReader
    }
}
