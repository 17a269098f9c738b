import BoardGenDiagnostics
import BoardGenModel
import Foundation

/// Drafts one document part into the site: the regulation's front matter and Markdown body, and
/// the channels, people, timetables and desks it names, each with where it came from.
struct DraftComposer {
    var draft: Draft
    let unit: SourceDocument.LocationUnit
    var part: DocumentPart
    var regulation: DraftRegulation
    /// The current section (a heading, or a numbered line that reads as one) and its audiences.
    var section: (title: String, audiences: [Audience], index: Int) = ("", [], 0)
    var body: [String] = []
    var lastListNumber: Int?
    var tell: TellCapture?
    var pendingAppendixLabel: (label: String, location: SourceLocation)?
    var pendingAppendixTitle: String?
    var skip: Set<Int> = []
    /// School channels found per section, for the desks.
    var sectionChannels: [Int: [String]] = [:]
    var sectionTitles: [Int: String] = [:]
    var sectionBlank: Set<Int> = []
    var sectionResponse: [Int: String] = [:]
    var timetableGapID: String?
    var hasTimetableTable = false
    var supportText: [SourceBlock] = []
    /// A directive to put right after the current block (a timetable referred to).
    var pendingDirective: String?
    var pendingTableTitle: String?
    /// What to tell support, per audience key, in order.
    var tellLines: [(key: String, lines: [String])] = []

    init(draft: Draft, unit: SourceDocument.LocationUnit, part: DocumentPart, slug: String, order: Int) {
        self.draft = draft
        self.unit = unit
        self.part = part
        regulation = DraftRegulation(slug: slug, title: part.title, kind: part.kind, location: part.location)
        regulation.approval = ApprovalReader.read(part.preamble)
        hasTimetableTable = part.body.contains { block in
            if case let .table(rows) = block.kind { return TimetableReader.read(rows, at: block.location) != nil }
            return false
        }
    }

    /// The draft with this part added.
    mutating func compose() -> Draft {
        if !part.kindIsNamed {
            confirmRegulation(
                "вид документа не назван в заголовке; принят «регламент», заголовок — имя файла", at: part.location)
        }
        noteApproval()
        for (index, block) in part.body.enumerated() where !skip.contains(index) {
            add(block, index: index)
        }
        finishTell()
        finishParts()
        regulation.body = body
        draft.regulations.append(regulation)
        return draft
    }

    /// Records a `# проверьте` note and its BG909 finding.
    mutating func confirm(_ text: String, at location: SourceLocation, into checks: inout [String]) {
        checks.append(text)
        draft.findings.append(Diagnostic(.importToConfirm, "проверьте: \(text)", at: location))
    }

    /// A `# проверьте` note on the regulation's front matter.
    mutating func confirmRegulation(_ text: String, at location: SourceLocation) {
        regulation.checks.append(text)
        draft.findings.append(Diagnostic(.importToConfirm, "проверьте: \(text)", at: location))
    }

    /// Records a gap of the document (BG910).
    mutating func gap(_ text: String, at location: SourceLocation) {
        draft.findings.append(Diagnostic(.importDocumentGap, text, at: location))
    }

    mutating func emit(_ line: String) {
        body.append(line)
    }
}

private extension DraftComposer {
    mutating func noteApproval() {
        guard let approval = regulation.approval else {
            if !part.preamble.isEmpty, part.preamble.contains(where: { !$0.text.isEmpty }) {
                let location = part.preamble[0].location
                confirmRegulation(
                    "текст над заголовком не прочитан как гриф утверждения; перенесите его в approval вручную",
                    at: location)
            }
            return
        }
        let location = part.preamble.first?.location ?? part.location
        if approval.orderNumber == nil || approval.orderDate == nil {
            confirmRegulation("номер или дата приказа в грифе не найдены", at: location)
        }
        if approval.name == nil {
            confirmRegulation("в грифе не найдено имя утвердившего", at: location)
        }
        confirmRegulation(
            "гриф разбит на блоки (stamps) по словам «ПРИНЯТО», «УТВЕРЖДАЮ»…; сверьте строки и стороны с документом",
            at: location)
    }

    mutating func add(_ block: SourceBlock, index: Int) {
        if case let .footnote(mark) = block.kind {
            regulation.footnotes.append((mark, block.text))
            return
        }
        if continueTell(with: block) { return }
        if handleAppendix(block, index: index) { return }
        if case let .table(rows) = block.kind {
            addTable(rows, block: block)
            return
        }
        if isSectionHeading(block) {
            section = (block.text, AudienceReader.audiences(in: block.text), section.index + 1)
            sectionTitles[section.index] = block.text
        }
        if isTimetableTitle(index) {
            return
        }
        var text = block.text
        readData(of: block, text: &text)
        emitBlock(block, text: text)
        if let directive = pendingDirective {
            emit(directive)
            pendingDirective = nil
            lastListNumber = nil
        }
        startTell(after: block)
    }

    mutating func emitBlock(_ block: SourceBlock, text: String) {
        switch block.kind {
        case let .heading(level):
            lastListNumber = nil
            emit(String(repeating: "#", count: min(level + 1, 6)) + " " + text)
        case let .item(marker, depth):
            if marker == "-" {
                lastListNumber = nil
                emit(String(repeating: "  ", count: min(depth, 1)) + "- " + text)
            } else {
                emitNumbered(marker, text)
            }
        default:
            lastListNumber = nil
            emit(text)
        }
    }

    /// A top-level "N." becomes a Markdown list item while the numbers follow on; any other number
    /// ("1.1.", "1.1 2.4.", a repeated "1.") stays text exactly as written.
    mutating func emitNumbered(_ marker: String, _ text: String) {
        let simple = marker.wholeMatch(of: /(\d{1,9})([.)])/)
        if let simple, let number = Int(simple.output.1), lastListNumber.map({ number == $0 + 1 }) ?? true {
            lastListNumber = number
            emit("\(marker) \(text)")
        } else {
            lastListNumber = nil
            emit(BodyText.escaped(marker) + " " + text)
        }
    }

    func isSectionHeading(_ block: SourceBlock) -> Bool {
        switch block.kind {
        case .heading: return true
        case let .item(marker, depth):
            guard marker != "-", depth == 0, !marker.contains(where: \.isLetter) else { return false }
        case .paragraph: guard block.isBold else { return false }
        case .table, .footnote: return false
        }
        let trimmed = block.text.trimmingCharacters(in: .whitespaces).filter { !Superscript.isMark($0) }
        guard let last = trimmed.last, trimmed.count <= 220 else { return false }
        return !":;,".contains(last) && !(last == "." && trimmed.count > 90)
    }
}
