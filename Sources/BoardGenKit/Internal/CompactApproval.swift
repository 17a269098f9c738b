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
        for text in [approval.preamble, approval.heading, approval.approvedByPosition, approval.approvedByName] {
            writeOptional(text)
        }
        writeOptional(approval.orderNumber)
        writeOptional(approval.orderDate)
        writeOptional(approval.approvedByDate)
        write(UInt64(approval.adoptedWith.count))
        for adoption in approval.adoptedWith {
            write(adoption.body)
            writeOptional(adoption.protocolNumber)
            writeOptional(adoption.date)
        }
        write(UInt64(approval.stamps.count))
        for stamp in approval.stamps {
            write(stamp.side.rawValue)
            write(stamp.kind.rawValue)
            write(UInt64(stamp.lines.count))
            stamp.lines.forEach { write($0) }
            write(stamp.location)
        }
        write(approval.location)
    }

    func write(_ location: SourceLocation) {
        write(location.file)
        write(Int64(location.line))
        write(Int64(location.column))
    }

    /// A date as one number (20260901), like every date of the compact form.
    func write(_ date: LocalDate) {
        write(Int64(date.year * 10_000 + date.month * 100 + date.day))
    }

    private func writeOptional(_ text: String?) {
        bytes.append(text == nil ? 0 : 1)
        if let text { write(text) }
    }

    private func writeOptional(_ date: LocalDate?) {
        bytes.append(date == nil ? 0 : 1)
        if let date { write(date) }
    }
}

extension CompactReader {
    func approval() throws -> Approval {
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

    func location() throws -> SourceLocation {
        let file = try repeatedText()
        let line = Int(Int64(bitPattern: try word()))
        return SourceLocation(file: file, line: line, column: Int(Int64(bitPattern: try word())))
    }

    func date() throws -> LocalDate {
        let number = Int(Int64(bitPattern: try word()))
        guard let date = LocalDate(year: number / 10_000, month: number / 100 % 100, day: number % 100) else {
            throw CompactDecoder.Failure(reason: "not a date: \(number)")
        }
        return date
    }

    /// A count, then that many elements.
    func list<Element>(_ element: () throws -> Element) throws -> [Element] {
        let count = Int(clamping: try word())
        guard count <= bytes.count - offset else { throw CompactDecoder.Failure(reason: "more elements than bytes") }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try element()) }
        return elements
    }

    private func optionalText() throws -> String? {
        try isPresent() ? try text() : nil
    }

    private func optionalDate() throws -> LocalDate? {
        try isPresent() ? try date() : nil
    }

    /// The presence byte before an optional value: 0 or 1, anything else refused.
    func isPresent() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw CompactDecoder.Failure(reason: "not a presence mark")
        }
    }
}
