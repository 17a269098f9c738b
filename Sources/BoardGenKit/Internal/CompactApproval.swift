import BoardGenDiagnostics
import BoardGenModel
import ScheduleModel

/// A regulation's `Approval`, with its adoptions and stamps, written and read field by field in the
/// compact form. Through `Codable` it was an eighth of a rebuild that kept 10,000 regulations (a
/// generic container box for each struct, a generic call for each field). `CompactApprovalTests`
/// fails when one of these types gains a stored field, so that this file learns it too.
enum CompactApproval {
    /// The stored fields written here, in order, by type.
    static let fields: [String: [String]] = [
        "Approval": [
            "preamble", "heading", "approvedByPosition", "approvedByName", "orderNumber", "orderDate",
            "approvedByDate", "adoptedWith", "stamps", "location",
        ],
        "Adoption": ["body", "protocolNumber", "date"],
        "ApprovalStamp": ["side", "kind", "lines", "location"],
    ]
}

extension CompactWriter {
    func write(_ approval: Approval) {
        for text in [
            approval.preamble, approval.heading, approval.approvedByPosition, approval.approvedByName,
            approval.orderNumber,
        ] {
            writeOptional(text, write)
        }
        writeOptional(approval.orderDate, write)
        writeOptional(approval.approvedByDate, write)
        writeList(approval.adoptedWith) { adoption in
            write(adoption.body)
            writeOptional(adoption.protocolNumber, write)
            writeOptional(adoption.date, write)
        }
        writeList(approval.stamps) { stamp in
            write(stamp.side.rawValue)
            write(stamp.kind.rawValue)
            writeList(stamp.lines, write)
            write(stamp.location)
        }
        write(approval.location)
    }
}

extension CompactReader {
    func approval() throws -> Approval {
        let optionalText = { try self.optional { try self.text() } }
        let optionalDate = { try self.optional { try self.date() } }
        var approval = Approval(
            preamble: try optionalText(), heading: try optionalText(), approvedByPosition: try optionalText(),
            approvedByName: try optionalText(), orderNumber: try optionalText(), orderDate: try optionalDate(),
            adoptedWith: [], location: SourceLocation(file: ""))
        approval.approvedByDate = try optionalDate()
        approval.adoptedWith = try list {
            Adoption(body: try text(), protocolNumber: try optionalText(), date: try optionalDate())
        }
        approval.stamps = try list {
            guard let side = ApprovalStamp.Side(rawValue: try text()),
                let kind = ApprovalStamp.Kind(rawValue: try text())
            else { throw CompactDecoder.Failure(reason: "not a stamp's side or kind") }
            return ApprovalStamp(side: side, kind: kind, lines: try list { try text() }, location: try location())
        }
        approval.location = try location()
        return approval
    }
}
