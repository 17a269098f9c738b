import BoardGenDiagnostics
import BoardGenSupport
import Foundation

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
        // libyaml's events made into the tree directly (no Yams node tree, tags or resolver: scalars
        // stay text); the same events, marks and errors as Yams' composer. Anchors are refused where
        // they are written, so an alias is never expanded ("billion laughs").
        switch YAMLEventReader(path: path, lineOffset: lineOffset).read(text) {
        case .success(let node): return .success(node)
        case .failure(let problem):
            return .failure(diagnostic(for: problem, text: text, path: path, lineOffset: lineOffset))
        }
    }
}

/// One `key: value` pair of a mapping.
package struct YAMLEntry: Sendable {
    /// The key text.
    package var key: String
    /// Where the key is written.
    package var keyLocation: SourceLocation
    /// The value.
    package var value: YAMLNode
}

/// A line and column in a YAML text (1-based, before the front matter's offset).
private typealias Mark = (line: Int, column: Int)

private extension YAMLNode {
    static let anchorsRefused =
        "YAML anchors and aliases (&a, *a) are not supported in content files; write each value out in full"

    /// What the author reads about a problem: the place it starts and what to write instead.
    static func diagnostic(
        for problem: YAMLEventReader.Problem, text: String, path: String, lineOffset: Int
    ) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
        }
        let mark: Mark = (problem.line, problem.column)
        switch problem.stage {
        case .scanner, .parser, .composer:
            return syntaxDiagnostic(for: problem, text: text, lineOffset: lineOffset, at: at)
        case .duplicateKeys:
            let key = problem.duplicates.first ?? ""
            let lines = occurrences(ofKey: key, in: text, from: mark.line)
            let location = at(lines.count > 1 ? lines[1] : mark)
            let first = lines.first.map { " (first at line \($0.line + lineOffset))" } ?? ""
            return Diagnostic(
                .duplicateID, "duplicate key '\(key)' in this mapping\(first); each key may appear once", at: location)
        case .anchor:
            return Diagnostic(.yamlSyntax, anchorsRefused, at: at(mark))
        case .reader:
            return Diagnostic(
                .notUTF8, "YAML reader error: \(problem.problem)", at: SourceLocation(file: path, line: lineOffset + 1))
        case .memory:
            return Diagnostic(
                .yamlSyntax, "YAML error: \(problem.problem)", at: SourceLocation(file: path, line: lineOffset + 1))
        }
    }

    /// A scanner's, parser's or composer's problem; `at` places a line and column of the YAML text in the file.
    static func syntaxDiagnostic(
        for found: YAMLEventReader.Problem, text: String, lineOffset: Int, at: (Mark) -> SourceLocation
    ) -> Diagnostic {
        let (problem, mark): (String, Mark) = (found.problem, (found.line, found.column))
        if let context = found.context,
            let explained = unclosed(context.text, opening: (context.line, context.column), in: text)
        {
            return Diagnostic(.yamlSyntax, "YAML syntax error: \(explained)", at: at((context.line, context.column)))
        }
        if let quote = unbalancedQuote(before: mark.line, in: text) {
            return Diagnostic(
                .yamlSyntax, "YAML syntax error: the quoted text opened here is not closed; add the closing '\"'",
                at: at(quote))
        }
        if let explained = explanation(of: problem, at: mark, in: text) {
            return Diagnostic(.yamlSyntax, "YAML syntax error: \(explained)", at: at(mark))
        }
        let hint = hint(for: problem, at: mark, in: text)
        let contextText = found.context.map { " (\($0.text) at line \($0.line + lineOffset))" } ?? ""
        return Diagnostic(.yamlSyntax, "YAML syntax error: \(problem)\(contextText)\(hint)", at: at(mark))
    }

    /// libyaml's words for a second document or an alias, said as what to write instead.
    static func explanation(of problem: String, at mark: Mark, in text: String) -> String? {
        if problem.contains("found another document") {
            return "a second YAML document starts here; a content file holds one document: remove the '---' line"
        }
        if problem.contains("undefined alias") {
            return "found undefined alias '\(word(at: mark, in: text))'; to write text that starts with '*', "
                + "put it in quotes"
        }
        return nil
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

    static func hint(for problem: String, at mark: Mark, in text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return "" }
        if lines[mark.line - 1].contains("\t") {
            return "; the line contains a tab character: YAML indentation must use spaces"
        }
        if problem.contains("did not find expected key") {
            return "; check the indentation: this line is indented differently from the key above it"
        }
        if problem.contains("did not find expected '-' indicator") {
            return "; check the indentation: this line is indented differently from the list item above it "
                + "(a new item starts with '- ', its keys line up under the first one)"
        }
        return problem.contains("mapping values") ? "; check the indentation, or quote a value that contains ': '" : ""
    }
}
