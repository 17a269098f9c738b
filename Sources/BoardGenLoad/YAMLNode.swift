import BoardGenDiagnostics
import BoardGenSupport
import Foundation
import Yams

/// A YAML tree with a source location on every node; scalars stay text so that
/// `14:00` or `2026-09-01` are interpreted by boardgen, never by YAML 1.1 rules.
package indirect enum YAMLNode: Sendable {
    /// A scalar; `isNull` is true for an empty plain value, `~` or `null`.
    case scalar(String, isNull: Bool, SourceLocation)
    /// A mapping, keys in file order.
    case mapping([YAMLEntry], SourceLocation)
    /// A sequence.
    case sequence([YAMLNode], SourceLocation)

    /// Where the node starts.
    package var location: SourceLocation {
        switch self {
        case .scalar(_, _, let location), .mapping(_, let location), .sequence(_, let location): location
        }
    }

    /// A short name of the node's shape for messages ("a mapping").
    package var kindDescription: String {
        switch self {
        case .scalar(_, let isNull, _): isNull ? "an empty value" : "a text value"
        case .mapping: "a mapping (key: value pairs)"
        case .sequence: "a list"
        }
    }

    /// Parses YAML text; `lineOffset` shifts lines for front matter inside a Markdown file.
    package static func parse(_ text: String, path: String, lineOffset: Int = 0) -> Result<YAMLNode?, Diagnostic> {
        if let anchor = firstAnchor(in: text) {
            // Aliases can expand exponentially ("billion laughs"); content never needs them.
            let location = SourceLocation(file: path, line: anchor.line + lineOffset, column: anchor.column)
            return .failure(
                Diagnostic(
                    .yamlSyntax,
                    "YAML anchors and aliases (&a, *a) are not supported in content files; write each value out in full",
                    at: location))
        }
        do {
            // The basic resolver: scalars stay text (they are read as text anyway), and Yams does
            // not run its type-guessing regular expressions on every key it compares for duplicates.
            // The encoding named: Yams' default reads the process environment on every call.
            guard let node = try Yams.compose(yaml: text, .basic, constructor, .utf8) else { return .success(nil) }
            return .success(YAMLNode(node, path: path, lineOffset: lineOffset))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, text: text, path: path, lineOffset: lineOffset))
        } catch {
            return .failure(
                Diagnostic(
                    .yamlSyntax, "YAML could not be read: \(error)",
                    at: SourceLocation(file: path, line: lineOffset + 1)))
        }
    }
}

/// Yams' default constructor, made once (its getter builds the tag tables anew on every call); only
/// read, never changed.
nonisolated(unsafe) private let constructor = Constructor.default

/// One `key: value` pair of a mapping.
package struct YAMLEntry: Sendable {
    /// The key text.
    package var key: String
    /// Where the key is written.
    package var keyLocation: SourceLocation
    /// The value.
    package var value: YAMLNode
}

private extension YAMLNode {
    init(_ node: Node, path: String, lineOffset: Int) {
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        }
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            // A quoted value's text starts one column after its opening quote.
            let isQuoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            let start = location(scalar.mark)
            self = .scalar(scalar.string, isNull: isNull, isQuoted ? start.advanced(by: 1) : start)
        case .mapping(let mapping):
            let entries = mapping.map { pair in
                YAMLEntry(
                    key: pair.key.string ?? "\(pair.key)",
                    keyLocation: location(pair.key.mark),
                    value: YAMLNode(pair.value, path: path, lineOffset: lineOffset))
            }
            self = .mapping(entries, location(mapping.mark))
        case .sequence(let sequence):
            self = .sequence(sequence.map { YAMLNode($0, path: path, lineOffset: lineOffset) }, location(sequence.mark))
        case .alias(let alias):
            self = .scalar("*\(alias.anchor.rawValue)", isNull: false, location(alias.mark))
        }
    }

    static func diagnostic(for error: YamlError, text: String, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if let context, let explained = unclosed(context.text, opening: context.mark, in: text) {
                return Diagnostic(.yamlSyntax, "YAML syntax error: \(explained)", at: at(context.mark))
            }
            if let quote = unbalancedQuote(before: mark.line, in: text) {
                let location = SourceLocation(file: path, line: quote.line + lineOffset, column: quote.column)
                return Diagnostic(
                    .yamlSyntax, "YAML syntax error: the quoted text opened here is not closed; add the closing '\"'",
                    at: location)
            }
            if problem.contains("found another document") {
                return Diagnostic(
                    .yamlSyntax,
                    "YAML syntax error: a second YAML document starts here; a content file holds one document: remove the '---' line",
                    at: at(mark))
            }
            if problem.contains("undefined alias") {
                return Diagnostic(
                    .yamlSyntax,
                    "YAML syntax error: found undefined alias '\(word(at: mark, in: text))'; to write text that starts with '*', put it in quotes",
                    at: at(mark))
            }
            let hint = hint(for: problem, at: mark, in: text)
            let contextText = context.map { " (\($0.text) at line \($0.mark.line + lineOffset))" } ?? ""
            return Diagnostic(.yamlSyntax, "YAML syntax error: \(problem)\(contextText)\(hint)", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let lines = occurrences(ofKey: key, in: text, from: context.mark.line)
            let location =
                lines.count > 1
                ? SourceLocation(file: path, line: lines[1].line + lineOffset, column: lines[1].column)
                : at(context.mark)
            let first = lines.first.map { " (first at line \($0.line + lineOffset))" } ?? ""
            return Diagnostic(
                .duplicateID, "duplicate key '\(key)' in this mapping\(first); each key may appear once", at: location)
        case .reader(let problem, _, _, _):
            return Diagnostic(
                .notUTF8, "YAML reader error: \(problem)", at: SourceLocation(file: path, line: lineOffset + 1))
        default:
            return Diagnostic(.yamlSyntax, "YAML error: \(error)", at: SourceLocation(file: path, line: lineOffset + 1))
        }
    }

    /// An unclosed quote, flow list or flow mapping, explained at the place it was opened.
    static func unclosed(_ context: String, opening mark: Mark, in text: String) -> String? {
        if context.contains("quoted scalar") {
            let quote = word(at: mark, in: text).first.map(String.init) ?? "\""
            return "the quoted text opened here is not closed; add the closing \(quote == "'" ? "\"'\"" : "'\"'")"
        }
        if context.contains("flow sequence") {
            return "the list opened with '[' here is not closed; add ']' at its end"
        }
        if context.contains("flow mapping") {
            return "the mapping opened with '{' here is not closed; add '}' at its end"
        }
        return nil
    }

    /// A line before the error with an odd number of double quotes: a quote left open, which YAML
    /// only notices lines later because quoted text may continue onto the next line.
    static func unbalancedQuote(before errorLine: Int, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(max(errorLine, 0))
        for (index, line) in lines.enumerated().reversed() {
            let code = line.prefix { $0 != "#" || line.filter { $0 == "\"" }.count % 2 == 1 }
            let quotes = code.indices.filter {
                code[$0] == "\"" && (($0 == code.startIndex) || code[code.index(before: $0)] != "\\")
            }
            if quotes.count % 2 == 1, let last = quotes.last {
                return (index + 1, line.distance(from: line.startIndex, to: last) + 1)
            }
        }
        return nil
    }

    /// The text at a mark up to the next space.
    static func word(at mark: Mark, in text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return "" }
        let line = lines[mark.line - 1]
        let start =
            line.unicodeScalars.index(
                line.unicodeScalars.startIndex, offsetBy: max(mark.column - 1, 0),
                limitedBy: line.unicodeScalars.endIndex) ?? line.endIndex
        return String(line[start...].prefix { !$0.isWhitespace && $0 != "," })
    }

    /// Lines (from `startLine` on) where `key:` is written, with the key's column.
    static func occurrences(ofKey key: String, in text: String, from startLine: Int) -> [(line: Int, column: Int)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard index + 1 >= startLine else { return nil }
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            guard trimmed.hasPrefix("\(key):") else { return nil }
            return (index + 1, line.distance(from: line.startIndex, to: trimmed.startIndex) + 1)
        }
    }

    /// The first YAML anchor (`&name` after a key, a dash or at a value's start), outside quotes.
    static func firstAnchor(in text: String) -> (line: Int, column: Int)? {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return nil }
        let pattern = try! NSRegularExpression(pattern: #"(?:^|[:\-\[{,]\s*|^\s*)(&[A-Za-z0-9_-]+)(?=\s|$)"#)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains("&") {
            let string = String(line)
            guard let match = pattern.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)),
                let range = Range(match.range(at: 1), in: string)
            else { continue }
            return (index + 1, string.distance(from: string.startIndex, to: range.lowerBound) + 1)
        }
        return nil
    }

    static func hint(for problem: String, at mark: Mark, in text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return "" }
        if lines[mark.line - 1].contains("\t") {
            return "; the line contains a tab character: YAML indentation must use spaces"
        }
        if problem.contains("did not find expected key") {
            return "; check the indentation: this line is indented differently from the key above it"
        }
        return problem.contains("mapping values") ? "; check the indentation, or quote a value that contains ': '" : ""
    }
}
