import BoardGenDiagnostics
import BoardGenModel
import Foundation

/// One document of a file (a file may hold several, as seed 004 does): its title, its kind, the
/// blocks above the title (the approval) and its body.
struct DocumentPart {
    var title: String
    var kind: DocumentKind
    /// False when the kind was not named by the title's first word.
    var kindIsNamed: Bool
    var location: SourceLocation
    var preamble: [SourceBlock]
    var body: [SourceBlock]
}

/// Finds the titles: a paragraph that begins with a document kind's name (Регламент, ПОЛОЖЕНИЕ,
/// Порядок, …); after the first, only a bold, heading or capitalised one starts a new document.
enum DocumentStructure {
    static func parts(of blocks: [SourceBlock], fileName: String) -> [DocumentPart] {
        let titles = titleIndices(blocks)
        guard let first = titles.first else { return [untitled(blocks, fileName: fileName)] }
        var parts: [DocumentPart] = []
        for (position, start) in titles.enumerated() {
            var (title, next) = (blocks[start].text, start + 1)
            while next < blocks.count, continues(title, with: blocks[next]) {
                title += " " + blocks[next].text
                next += 1
            }
            let end = position + 1 < titles.count ? titles[position + 1] : blocks.count
            let kind = kindNamed(by: blocks[start].text) ?? .regulation
            parts.append(
                DocumentPart(
                    title: clean(title), kind: kind, kindIsNamed: true, location: blocks[start].location,
                    preamble: position == 0 ? Array(blocks[..<first]) : [], body: Array(blocks[next..<end])))
        }
        return parts
    }

    /// The kind whose name the text begins with.
    static func kindNamed(by text: String) -> DocumentKind? {
        let lower = text.trimmingCharacters(in: .whitespaces).lowercased()
        for kind in DocumentKind.allCases where lower.hasPrefix(kind.rawValue) {
            let rest = lower.dropFirst(kind.rawValue.count)
            if rest.first.map({ !$0.isLetter }) ?? true { return kind }
        }
        return nil
    }
}

private extension DocumentStructure {
    static func titleIndices(_ blocks: [SourceBlock]) -> [Int] {
        var result: [Int] = []
        let firstRule = blocks.firstIndex { $0.ruleNumber != nil } ?? blocks.count
        for (index, block) in blocks.enumerated() where isTitleCandidate(block) {
            if result.isEmpty && index < firstRule || isEmphasised(block) { result.append(index) }
        }
        return result
    }

    static func isTitleCandidate(_ block: SourceBlock) -> Bool {
        switch block.kind {
        case .paragraph, .heading: break
        case .item, .table, .footnote: return false
        }
        return block.text.count <= 600 && kindNamed(by: block.text) != nil
    }

    static func isEmphasised(_ block: SourceBlock) -> Bool {
        if case .heading = block.kind { return true }
        if block.isBold { return true }
        let letters = block.text.filter(\.isLetter)
        return letters.count >= 10 && letters.filter(\.isUppercase).count * 10 >= letters.count * 8
    }

    /// A title goes on in a paragraph that begins with a small letter (seed 003's second line).
    static func continues(_ title: String, with block: SourceBlock) -> Bool {
        guard case .paragraph = block.kind, let first = block.text.first else { return false }
        return first.isLowercase && !title.hasSuffix(".") && block.text.count < 300
    }

    static func untitled(_ blocks: [SourceBlock], fileName: String) -> DocumentPart {
        let name = ((fileName as NSString).lastPathComponent as NSString).deletingPathExtension
        let location = blocks.first?.location ?? SourceLocation(file: fileName)
        return DocumentPart(
            title: name, kind: .regulation, kindIsNamed: false, location: location, preamble: [], body: blocks)
    }

    static func clean(_ title: String) -> String {
        title.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
            .trimmingCharacters(in: .whitespaces)
    }
}
