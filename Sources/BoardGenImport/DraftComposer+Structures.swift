import BoardGenDiagnostics
import BoardGenModel
import Foundation

/// What to tell support, per audience, being collected from the lines after "необходимо сообщить
/// следующие сведения:".
struct TellCapture {
    var groups: [(keys: [String], lines: [String])] = [([], [])]
}

/// Tables, appendices and "what to tell support".
extension DraftComposer {
    mutating func startTell(after block: SourceBlock) {
        let lower = block.text.lowercased()
        guard block.text.hasSuffix(":"),
            lower.contains("сообщить") || lower.contains("сообщите") || lower.contains("укажите")
        else { return }
        tell = TellCapture()
    }

    /// Takes the block into the capture; false when the capture has ended (or none is running).
    mutating func continueTell(with block: SourceBlock) -> Bool {
        guard var capture = tell else { return false }
        let text = block.text.trimmingCharacters(in: .whitespaces)
        let isItem = if case .item = block.kind { true } else { false }
        if block.kind == .paragraph || block.isBullet, text.lowercased().hasPrefix("для "), text.hasSuffix(":") {
            let audiences = AudienceReader.audiences(in: text)
            flushTellGroup(&capture)
            emit(BodyText.escaped(text))
            capture.groups.append((audiences.map(\.rawValue), []))
            tell = capture
            return true
        }
        let hasGroup = capture.groups.count > 1
        let isSimpleRule = block.ruleNumber.map { $0.wholeMatch(of: /\d+[.)]/) != nil } ?? false
        let takes =
            isItem
            ? (block.ruleNumber != nil ? hasGroup || !isSimpleRule : text.count <= 120)
            : (!hasGroup && block.kind == .paragraph && text.count <= 120 && !text.hasSuffix("."))
        guard takes else {
            flushTellGroup(&capture)
            tell = nil
            return false
        }
        capture.groups[capture.groups.count - 1].lines.append(text)
        tell = capture
        return true
    }

    mutating func finishTell() {
        guard var capture = tell else { return }
        flushTellGroup(&capture)
        tell = nil
    }

    mutating func flushTellGroup(_ capture: inout TellCapture) {
        guard let last = capture.groups.last, !last.lines.isEmpty else { return }
        let keys = last.keys.isEmpty ? ["all"] : last.keys
        for key in keys { tellLines.append((key, last.lines)) }
        emit("```tell support \(keys[0])\n```")
        lastListNumber = nil
        capture.groups[capture.groups.count - 1].lines = []
    }

    /// "Приложение 1." then its title then a table of column headers only: a blank log form.
    mutating func handleAppendix(_ block: SourceBlock, index: Int) -> Bool {
        let text = block.text.trimmingCharacters(in: .whitespaces)
        if case .paragraph = block.kind, let match = text.wholeMatch(of: /(?i)(приложение)\s*(?:№\s*)?(\d+)\.?/) {
            pendingAppendixLabel = ("\(match.output.1) \(match.output.2)", block.location)
            pendingAppendixTitle = nil
            return true
        }
        guard let label = pendingAppendixLabel else { return false }
        if case let .table(rows) = block.kind {
            pendingAppendixLabel = nil
            let columns = rows.first?.map { $0.trimmingCharacters(in: .whitespaces) } ?? []
            let filled = rows.dropFirst().contains { $0.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
            if filled || columns.filter({ !$0.isEmpty }).isEmpty {
                flushAppendixText(label)
                return false
            }
            let id = Slug.unique(
                Slug.make(pendingAppendixTitle ?? label.label, limit: 3), among: Set(regulation.appendices.map(\.id)))
            regulation.appendices.append(
                DraftAppendix(
                    id: id, label: label.label, title: pendingAppendixTitle ?? label.label,
                    columns: columns.filter { !$0.isEmpty },
                    rows: rows.count > 1 ? rows.count - 1 : nil))
            emit("```form \(id)\n```")
            lastListNumber = nil
            pendingAppendixTitle = nil
            return true
        }
        if case .paragraph = block.kind, pendingAppendixTitle == nil {
            pendingAppendixTitle = text
            return true
        }
        flushAppendixText(label)
        return false
    }

    /// An "Приложение" that turned out not to be a blank form stays text.
    mutating func flushAppendixText(_ label: (label: String, location: SourceLocation)) {
        emit(BodyText.escaped(label.label))
        if let title = pendingAppendixTitle { emit(BodyText.escaped(title)) }
        pendingAppendixLabel = nil
        pendingAppendixTitle = nil
    }

    /// A paragraph starting with "График" right before a timetable table is the table's title.
    mutating func isTimetableTitle(_ index: Int) -> Bool {
        let block = part.body[index]
        guard case .paragraph = block.kind, block.text.lowercased().hasPrefix("график"), index + 1 < part.body.count,
            case let .table(rows) = part.body[index + 1].kind, TimetableReader.read(rows, at: block.location) != nil
        else { return false }
        pendingTableTitle = block.text
        return true
    }

    mutating func addTable(_ rows: [[String]], block: SourceBlock) {
        lastListNumber = nil
        guard let table = TimetableReader.read(rows, at: block.location) else {
            emit(Self.markdownTable(rows))
            return
        }
        let id = Slug.unique("konsultacii", among: Set(draft.timetables.map(\.id)))
        var timetable = DraftTimetable(
            id: id, title: pendingTableTitle ?? "График консультаций", location: block.location)
        if pendingTableTitle == nil {
            confirm(
                "у таблицы-графика нет заголовка; название «График консультаций» составлено", at: block.location,
                into: &timetable.checks)
        }
        pendingTableTitle = nil
        timetable.layout = table.layout
        timetable.days = table.days
        for var person in table.people {
            let base = Slug.make(person.name ?? person.role ?? "person", limit: person.name != nil ? 1 : 3)
            person.id = Slug.unique(base, among: Set(draft.people.map(\.id)))
            for check in person.checks {
                draft.findings.append(Diagnostic(.importToConfirm, "проверьте: \(check)", at: person.location))
            }
            draft.people.append(person)
            timetable.people.append(person.id)
            regulation.uses.people.append(person.id)
        }
        draft.timetables.append(timetable)
        regulation.uses.timetables.append(id)
        emit("```timetable \(id)\n```")
    }

    /// A GFM table: the first row as the header.
    static func markdownTable(_ rows: [[String]]) -> String {
        let width = rows.map(\.count).max() ?? 1
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| "
                + padded.map { BodyText.escaped($0).replacingOccurrences(of: "\\\n", with: " ") }.joined(
                    separator: " | ") + " |"
        }
        var lines = [line(rows[0]), "|" + Array(repeating: "---|", count: width).joined()]
        lines += rows.dropFirst().map(line)
        return lines.joined(separator: "\n")
    }
}
