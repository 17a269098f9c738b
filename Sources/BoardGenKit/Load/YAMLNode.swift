import Foundation
import Yams

/// A YAML tree with a source location on every node; scalars stay text so that
/// `14:00` or `2026-09-01` are interpreted by boardgen, never by YAML 1.1 rules.
public indirect enum YAMLNode: Sendable {
    /// A scalar; `isNull` is true for an empty plain value, `~` or `null`.
    case scalar(String, isNull: Bool, SourceLocation)
    /// A mapping, keys in file order.
    case mapping([YAMLEntry], SourceLocation)
    /// A sequence.
    case sequence([YAMLNode], SourceLocation)

    /// Where the node starts.
    public var location: SourceLocation {
        switch self {
        case .scalar(_, _, let location), .mapping(_, let location), .sequence(_, let location): location
        }
    }

    /// A short name of the node's shape for messages ("a mapping").
    public var kindDescription: String {
        switch self {
        case .scalar(_, let isNull, _): isNull ? "an empty value" : "a text value"
        case .mapping: "a mapping (key: value pairs)"
        case .sequence: "a list"
        }
    }

    /// Parses YAML text; `lineOffset` shifts lines for front matter inside a Markdown file.
    public static func parse(_ text: String, path: String, lineOffset: Int = 0) -> Result<YAMLNode?, Diagnostic> {
        do {
            guard let node = try Yams.compose(yaml: text) else { return .success(nil) }
            return .success(YAMLNode(node, path: path, lineOffset: lineOffset))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, text: text, path: path, lineOffset: lineOffset))
        } catch {
            return .failure(.error("BG101", "YAML could not be read: \(error)", at: SourceLocation(file: path, line: lineOffset + 1)))
        }
    }
}

/// One `key: value` pair of a mapping.
public struct YAMLEntry: Sendable {
    /// The key text.
    public var key: String
    /// Where the key is written.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: YAMLNode
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
            let hint = hint(for: problem, at: mark, in: text)
            let contextText = context.map { " (\($0.text) at line \($0.mark.line + lineOffset))" } ?? ""
            return .error("BG101", "YAML syntax error: \(problem)\(contextText)\(hint)", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("BG106", "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in this mapping; each key may appear once", at: at(context.mark))
        case .reader(let problem, _, _, _):
            return .error("BG102", "YAML reader error: \(problem)", at: SourceLocation(file: path, line: lineOffset + 1))
        default:
            return .error("BG101", "YAML error: \(error)", at: SourceLocation(file: path, line: lineOffset + 1))
        }
    }

    static func hint(for problem: String, at mark: Mark, in text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return "" }
        if lines[mark.line - 1].contains("\t") {
            return "; the line contains a tab character: YAML indentation must use spaces"
        }
        return problem.contains("mapping values") ? "; check the indentation, or quote a value that contains ': '" : ""
    }
}
