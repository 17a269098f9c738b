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
        let values = Values(writer: self)
        write(decoding.path)
        try writeOptional(decoding.regulation, write)
        try writeList(decoding.diagnostics, values.putValue)
        writeList(decoding.brokenFiles, write)
        writeList(decoding.brokenIDs) { broken in
            write(broken.path)
            writeList(broken.ids, write)
        }
    }

    func write(_ regulation: Regulation) throws {
        let values = Values(writer: self)
        write(regulation.id)
        write(regulation.title)
        write(regulation.kind.rawValue)
        write(Int64(regulation.order))
        writeList(regulation.audiences) { write($0.rawValue) }
        writeOptional(regulation.approval, write)
        // These lists are mostly empty: each element through its own coding, the list without a container.
        try writeList(regulation.uses, values.putValue)
        try writeList(regulation.deadlines, values.putValue)
        try writeList(regulation.appendices, values.putValue)
        try writeList(regulation.footnotes, values.putValue)
        write(regulation.boardNotice.rawValue)
        try writeList(regulation.boardRules, values.putValue)
        write(Int64(regulation.bodyFirstLine))
        write(regulation.path)
        write(regulation.location)
        writeOptional(regulation.slugLocation, write)
    }

    /// The compact form's writing of any value, for the fields with a coding of their own.
    private struct Values: CompactValueWriting {
        let writer: CompactWriter
    }
}

extension CompactReader {
    func storedDecoding() throws -> StoredDecoding {
        let path = try text()
        let regulation = try optional { try self.regulation() }
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
        let approval = try optional { try self.approval() }
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
        regulation.slugLocation = try optional { try location() }
        return regulation
    }

    /// The compact form's reading of any value, for the fields with a coding of their own.
    private struct Values: CompactValueReading {
        let reader: CompactReader
    }
}
