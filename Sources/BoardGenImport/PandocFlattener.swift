import BoardGenDiagnostics
import Foundation

/// Turns pandoc's tree into import's blocks: list items get the number Word's automatic numbering
/// shows (nested lists as "1.1.", "2.4."), footnotes become marked blocks at the end, and each
/// block's location is its paragraph number.
struct PandocFlattener {
    let path: String

    func blocks(of document: PandocDocument) -> [SourceBlock] {
        var state = State(path: path)
        state.add(document.blocks, depth: 0, parentNumber: nil)
        for (mark, blocks) in state.notes {
            let text = blocks.compactMap { state.plainText(of: $0) }.joined(separator: " ")
            state.emit(.footnote(mark: mark), text: text)
        }
        return state.output
    }
}

private extension PandocFlattener {
    struct State {
        let path: String
        var output: [SourceBlock] = []
        var paragraph = 0
        var notes: [(String, [PandocBlock])] = []
        /// The number of the last numbered item ("2.3" → ["2", "3"]), Word's or typed.
        var lastPath: [String] = []

        init(path: String) { self.path = path }

        mutating func emit(_ kind: SourceBlock.Kind, text: String, isBold: Bool = false) {
            paragraph += 1
            output.append(
                SourceBlock(kind, text: text, isBold: isBold, at: SourceLocation(file: path, line: paragraph)))
        }

        mutating func add(_ blocks: [PandocBlock], depth: Int, parentNumber: String?) {
            for block in blocks { add(block, depth: depth, parentNumber: parentNumber) }
        }

        mutating func add(_ block: PandocBlock, depth: Int, parentNumber: String?) {
            switch block {
            case let .para(inlines), let .plain(inlines):
                // A paragraph numbered by hand ("1.1. …", "а) …", "- …", "² …") reads as a text line does.
                paragraph += 1
                let location = SourceLocation(file: path, line: paragraph)
                let block = LineClassifier.block(
                    text(of: inlines), isBold: isBold(inlines), indent: depth, at: location)
                if let number = block.ruleNumber, let last = number.split(separator: " ").last {
                    let parts = last.trimmingCharacters(in: CharacterSet(charactersIn: ".)")).split(separator: ".").map(
                        String.init)
                    if parts.allSatisfy({ Int($0) != nil }) { lastPath = parts }
                }
                output.append(block)
            case let .header(level, inlines):
                emit(.heading(level: level), text: text(of: inlines), isBold: true)
            case let .lineBlock(lines):
                emit(.paragraph, text: lines.map { text(of: $0) }.joined(separator: "\n"))
            case let .orderedList(start, style, items):
                let parentNumber = parentNumber ?? inferredParent(start: start, depth: depth)
                for (index, item) in items.enumerated() {
                    let number = Self.number(start + index, style: style)
                    let path =
                        style == "Decimal" || style == "DefaultStyle" || style == "Example"
                        ? (parentNumber.map { "\($0).\(number)" } ?? number) : number
                    let marker = style.hasSuffix("Alpha") ? "\(number))" : "\(path)."
                    if !style.hasSuffix("Alpha") { lastPath = path.split(separator: ".").map(String.init) }
                    addItem(item, marker: marker, depth: depth, childNumber: path)
                }
            case let .bulletList(items):
                for item in items { addItem(item, marker: "-", depth: depth, childNumber: parentNumber) }
            case let .table(table):
                let rows = table.rows.map { row in row.map { cell in cellText(cell) } }
                paragraph += 1
                output.append(
                    SourceBlock(.table(rows: rows), text: "", at: SourceLocation(file: path, line: paragraph)))
            case let .container(blocks):
                add(blocks, depth: depth, parentNumber: parentNumber)
            case let .codeBlock(code):
                for line in code.split(separator: "\n") { emit(.paragraph, text: String(line)) }
            case .other:
                break
            }
        }

        /// pandoc's docx reader puts paragraphs that Word indents inside a list into a bullet list of
        /// their own, and the second-level list after them loses its parent ("2.3" read as "3"): a
        /// nested list that starts right after the last second-level number continues it.
        func inferredParent(start: Int, depth: Int) -> String? {
            guard depth > 0, lastPath.count >= 2, let last = Int(lastPath[lastPath.count - 1]), start == last + 1 else {
                return nil
            }
            return lastPath.dropLast().joined(separator: ".")
        }

        /// The item's first paragraph carries the marker; the rest follow as the item's blocks.
        mutating func addItem(_ item: [PandocBlock], marker: String, depth: Int, childNumber: String?) {
            var rest = item[...]
            switch rest.first {
            case let .para(inlines), let .plain(inlines):
                emit(.item(marker: marker, depth: depth), text: text(of: inlines), isBold: isBold(inlines))
                rest = rest.dropFirst()
            default:
                emit(.item(marker: marker, depth: depth), text: "")
            }
            add(Array(rest), depth: depth + 1, parentNumber: childNumber)
        }

        func cellText(_ blocks: [PandocBlock]) -> String {
            blocks.compactMap { plainText(of: $0) }.joined(separator: "\n")
        }

        func plainText(of block: PandocBlock) -> String? {
            var copy = self
            switch block {
            case let .para(inlines), let .plain(inlines): return copy.text(of: inlines)
            case let .lineBlock(lines): return lines.map { copy.text(of: $0) }.joined(separator: "\n")
            case let .container(blocks): return blocks.compactMap { plainText(of: $0) }.joined(separator: "\n")
            default: return nil
            }
        }

        mutating func text(of inlines: [PandocInline]) -> String {
            var result = ""
            for inline in inlines { result += text(of: inline) }
            return result
        }

        mutating func text(of inline: PandocInline) -> String {
            switch inline {
            case let .text(value): return value
            case .space: return " "
            case .lineBreak: return "\n"
            case let .strong(inner), let .styled(inner): return text(of: inner)
            case let .superscript(inner): return Superscript.make(text(of: inner))
            case let .quoted(double, inner): return (double ? "\"" : "'") + text(of: inner) + (double ? "\"" : "'")
            case let .link(inner, target):
                let shown = text(of: inner)
                let address = target.hasPrefix("mailto:") ? String(target.dropFirst(7)) : target
                return shown.contains(address) || address.isEmpty || address.hasPrefix("#")
                    ? shown : "\(shown) (\(address))"
            case let .note(blocks):
                let mark = Superscript.make(String(notes.count + 1))
                notes.append((mark, blocks))
                return mark
            case .image, .other: return ""
            }
        }

        func isBold(_ inlines: [PandocInline]) -> Bool {
            let significant = inlines.filter { if case .space = $0 { false } else { true } }
            guard !significant.isEmpty else { return false }
            return significant.allSatisfy { if case .strong = $0 { true } else { false } }
        }

        static func number(_ value: Int, style: String) -> String {
            switch style {
            case "LowerAlpha": return Self.letter(value, "абвгдежзиклмнопрстуфхцчшщэюя")
            case "UpperAlpha": return Self.letter(value, "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ")
            default: return String(value)
            }
        }

        /// Russian documents letter their sub-items а), б), в)…; Word keeps the style, not the alphabet.
        static func letter(_ value: Int, _ alphabet: String) -> String {
            let letters = Array(alphabet)
            return value >= 1 && value <= letters.count ? String(letters[value - 1]) : String(value)
        }
    }
}

/// Footnote marks as the seeds write them: ¹ ² ³.
enum Superscript {
    static let digits: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]

    static func make(_ text: String) -> String {
        String(text.map { digits[$0] ?? $0 })
    }

    /// True for a superscript digit.
    static func isMark(_ character: Character) -> Bool {
        digits.values.contains(character)
    }
}
