import Foundation

/// Reads the blocks above a title into the approval: the stamps exactly as printed (each line as
/// written, in order) and the facts they state (order number and date, who approved, the councils
/// it was adopted with and their protocols).
struct ApprovalReader {
    /// The approval, or nil when the blocks hold none.
    static func read(_ blocks: [SourceBlock]) -> DraftApproval? {
        var approval = DraftApproval()
        for group in groups(blocks) {
            approval.stamps += stamps(in: group.lines, column: group.column)
        }
        guard !approval.stamps.isEmpty else { return nil }
        for stamp in approval.stamps where stamp.side != "full" { readFacts(stamp.lines, into: &approval) }
        let stated = approval.orderNumber != nil || approval.name != nil || !approval.adoptions.isEmpty
        return stated ? approval : nil
    }
}

private extension ApprovalReader {
    /// Lines of paragraphs (column nil), or of each column of an approval table (left, right).
    static func groups(_ blocks: [SourceBlock]) -> [(lines: [String], column: String?)] {
        var result: [(lines: [String], column: String?)] = []
        var paragraphs: [String] = []
        for block in blocks {
            if case let .table(rows) = block.kind {
                let width = rows.map(\.count).max() ?? 0
                for column in 0..<width {
                    let lines = rows.compactMap { $0.indices.contains(column) ? $0[column] : nil }
                        .flatMap { $0.split(separator: "\n").map(String.init) }
                    result.append((lines, column == 0 && width > 1 ? "left" : "right"))
                }
            } else {
                paragraphs += block.text.split(separator: "\n").map(String.init)
            }
        }
        let lines = paragraphs.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return [(lines, nil)] + result
    }

    /// Splits lines into stamps at each heading word (ПРИНЯТО, УТВЕРЖДАЮ, СОГЛАСОВАНО, Приложение…).
    static func stamps(in lines: [String], column: String?) -> [(side: String, lines: [String])] {
        var result: [(side: String, lines: [String])] = []
        for line in lines.map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if let side = headingSide(line) {
                result.append((column ?? side, [line]))
            } else if result.isEmpty {
                result.append((column ?? "right", [line]))
            } else {
                result[result.count - 1].lines.append(line)
            }
        }
        return result.filter { isApproval($0.lines) }
    }

    static func headingSide(_ line: String) -> String? {
        let lower = line.lowercased()
        if lower.hasPrefix("документ подписан") || lower.hasPrefix("подписано") || lower.hasPrefix("подписан ") {
            return "full"
        }
        for word in ["принят", "согласован", "рассмотрен", "учтено", "одобрен"] where lower.hasPrefix(word) {
            return "left"
        }
        for word in ["утвержд", "приложение"] where lower.hasPrefix(word) { return "right" }
        return nil
    }

    /// A stamp states an order, a protocol, or who approved.
    static func isApproval(_ lines: [String]) -> Bool {
        let text = lines.joined(separator: " ").lowercased()
        return ["приказ", "протокол", "директор", "утвержд", "принят", "согласован", "заведующ", "подпис", "учтено"]
            .contains { text.contains($0) }
    }

    static func readFacts(_ lines: [String], into approval: inout DraftApproval) {
        let joined = lines.joined(separator: " ")
        let lower = joined.lowercased()
        if lower.hasPrefix("приложение") { approval.preamble = joined }
        if lines.count > 1, let first = lines.first, first.lowercased().hasPrefix("утверждаю") {
            approval.heading = first
        }
        if approval.orderNumber == nil, lower.contains("приказ"), let order = DocumentDate.order(in: joined) {
            approval.orderNumber = order.number
            approval.orderDate = order.date
        }
        readSigner(lines, into: &approval)
        readAdoptions(lines, into: &approval)
    }

    /// "Директор …" (with its continuation lines) and the name that follows or ends the line.
    static func readSigner(_ lines: [String], into approval: inout DraftApproval) {
        guard approval.position == nil,
            let start = lines.firstIndex(where: { line in
                Self.positionWords.contains { line.lowercased().hasPrefix($0) }
            })
        else { return }
        var position = lines[start]
        var index = start + 1
        if let (head, name) = PersonName.split(position) {
            approval.position = head
            approval.name = name
            return
        }
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: CharacterSet(charactersIn: "_ "))
            if PersonName.isName(line) {
                approval.position = position
                approval.name = line
                return
            }
            if line.lowercased().hasPrefix("приказ") || line.isEmpty { break }
            position += " " + line
            index += 1
        }
        approval.position = position
    }

    /// "Педагогического совета" followed by "(протокол от 08.05.2018 № 2 )", or both on one line.
    static func readAdoptions(_ lines: [String], into approval: inout DraftApproval) {
        for (index, line) in lines.enumerated() where line.lowercased().contains("протокол") {
            let protocolNumber = DocumentDate.number(after: "№", in: line)
            let date = DocumentDate.dates(in: line).first
            let before = line.components(separatedBy: "(").first?.trimmingCharacters(in: .whitespaces) ?? ""
            var body = before.lowercased().hasPrefix("протокол") ? "" : before
            if body.isEmpty, index > 0, headingSide(lines[index - 1]) == nil { body = lines[index - 1] }
            if body.isEmpty, index > 0 { body = lines[index - 1] }
            guard !body.isEmpty else { continue }
            approval.adoptions.append((body, protocolNumber, date))
        }
    }

    static let positionWords = ["директор", "и.о. директора", "и. о. директора", "заведующ", "руководител"]
}
