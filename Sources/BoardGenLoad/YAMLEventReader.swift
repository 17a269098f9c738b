import BoardGenDiagnostics
import CYaml

/// Builds a `YAMLNode` tree straight from libyaml's events (issue 17): the libyaml that Yams
/// vendors, read the way Yams' composer reads it (the same events, marks and errors), without
/// Yams' node tree, tags and resolver in between. The only file that touches libyaml; no C pointer
/// leaves it, and the parser and every event are freed with `defer`.
struct YAMLEventReader {
    /// Why the text is not YAML content can use: libyaml's own finding, or the composer's.
    struct Problem: Error {
        /// Who found it, as libyaml names its stages.
        enum Stage { case reader, scanner, parser, composer, duplicateKeys, anchor, memory }
        var stage: Stage
        /// libyaml's words ("mapping values are not allowed in this context").
        var problem: String
        /// Where the problem is (1-based line and column of the YAML text).
        var line: Int
        var column: Int
        /// What libyaml was reading when it failed ("while parsing a flow sequence"), and where that began.
        var context: (text: String, line: Int, column: Int)?
        /// The keys written twice in one mapping (for `.duplicateKeys`), sorted.
        var duplicates: [String] = []
    }

    let path: String
    let lineOffset: Int

    /// The single document's root, nil for an empty text; a `Problem` for anything else.
    func read(_ text: String) -> Result<YAMLNode?, Problem> {
        var copy = text
        return copy.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .failure(.memory) }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            return withUnsafeMutablePointer(to: &parser) { pointer in
                let session = Session(parser: pointer, reader: self)
                do throws(Problem) {
                    return .success(try session.readStream())
                } catch {
                    return .failure(error)
                }
            }
        }
    }
}

private extension YAMLEventReader.Problem {
    static let memory = Self(stage: .memory, problem: "out of memory", line: 1, column: 1)
}

private extension YAMLEventReader {
    /// One pass over the events of one parser (owned and freed by `read`).
    struct Session {
        typealias Problem = YAMLEventReader.Problem
        let parser: UnsafeMutablePointer<yaml_parser_t>
        let reader: YAMLEventReader

        func readStream() throws(Problem) -> YAMLNode? {
            _ = try next { _ in () }  // STREAM-START
            let isEnd = try next { $0.type == YAML_STREAM_END_EVENT }  // DOCUMENT-START or STREAM-END
            guard !isEnd else { return nil }
            let root = try readNode()
            _ = try next { _ in () }  // DOCUMENT-END
            let second = try next { event in
                event.type == YAML_STREAM_END_EVENT ? nil : Self.mark(event.start_mark)
            }
            if let (line, column) = second {
                throw Problem(
                    stage: .composer, problem: "but found another document", line: line, column: column,
                    context: ("expected a single document in the stream", 1, 1))
            }
            return root
        }

        /// The node the next event starts.
        func readNode() throws(Problem) -> YAMLNode {
            let start = try next { event in Start(event) }
            return try readNode(from: start)
        }

        func readNode(from start: Start) throws(Problem) -> YAMLNode {
            if start.hasAnchor {
                // One `YAMLNode.parse` did not find by looking at the text: refused all the same.
                throw Problem(stage: .anchor, problem: "anchor", line: start.line, column: start.column, context: nil)
            }
            switch start.kind {
            case .scalar(let value, let isNull, let isQuoted):
                let location = reader.location(start.line, start.column)
                return .scalar(value, isNull: isNull, isQuoted ? location.advanced(by: 1) : location)
            case .alias:
                // Anchors are refused, so every alias is undefined (Yams' composer says the same).
                throw Problem(
                    stage: .composer, problem: "found undefined alias", line: start.line, column: start.column,
                    context: nil)
            case .sequence:
                var items: [YAMLNode] = []
                while let item = try nextUntil(YAML_SEQUENCE_END_EVENT) { items.append(try readNode(from: item)) }
                return .sequence(items, reader.location(start.line, start.column))
            case .mapping:
                return try readMapping(from: start)
            case .other:
                throw Problem(
                    stage: .parser, problem: "unexpected event", line: start.line, column: start.column, context: nil)
            }
        }

        func readMapping(from start: Start) throws(Problem) -> YAMLNode {
            var entries: [YAMLEntry] = []
            var firstKeys: [String: (line: Int, column: Int)] = [:]
            var duplicates: Set<String> = []
            while let keyStart = try nextUntil(YAML_MAPPING_END_EVENT) {
                let key = try readNode(from: keyStart)
                let value = try readNode()
                let text = key.keyText
                if firstKeys[text] == nil {
                    firstKeys[text] = (keyStart.line, keyStart.column)
                } else {
                    duplicates.insert(text)
                }
                let keyLocation = reader.location(keyStart.line, keyStart.column)
                entries.append(YAMLEntry(key: text, keyLocation: keyLocation, value: value))
            }
            if let first = duplicates.min(), let mark = firstKeys[first] {
                throw Problem(
                    stage: .duplicateKeys, problem: "expected all keys to be unique", line: mark.line,
                    column: mark.column, context: nil, duplicates: duplicates.sorted())
            }
            return .mapping(entries, reader.location(start.line, start.column))
        }

        /// The next event's start, or nil when it is `end` (a sequence's or mapping's end).
        func nextUntil(_ end: yaml_event_type_t) throws(Problem) -> Start? {
            try next { event in event.type == end ? nil : Start(event) }
        }

        /// Parses one event, hands it to `body` and frees it.
        func next<T>(_ body: (borrowing yaml_event_t) -> T) throws(Problem) -> T {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { throw Self.problem(of: parser.pointee) }
            defer { yaml_event_delete(&event) }
            return body(event)
        }

        static func mark(_ mark: yaml_mark_t) -> (Int, Int) {
            (Int(mark.line) + 1, Int(mark.column) + 1)
        }

        /// libyaml's error, as Yams reads it.
        static func problem(of parser: yaml_parser_t) -> Problem {
            let stage: Problem.Stage
            switch parser.error {
            case YAML_READER_ERROR: stage = .reader
            case YAML_SCANNER_ERROR: stage = .scanner
            case YAML_PARSER_ERROR: stage = .parser
            default: return .memory
            }
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            let (line, column) = stage == .reader ? (1, 1) : mark(parser.problem_mark)
            let context = parser.context.map { text in
                let (line, column) = mark(parser.context_mark)
                return (String(cString: text), line, column)
            }
            return Problem(stage: stage, problem: problem, line: line, column: column, context: context)
        }
    }

    /// What an event starts, copied out of the C event before it is freed.
    struct Start {
        enum Kind {
            case scalar(String, isNull: Bool, isQuoted: Bool)
            case alias
            case sequence, mapping, other
        }
        var kind: Kind
        var line: Int
        var column: Int
        var hasAnchor = false

        init(_ event: borrowing yaml_event_t) {
            (line, column) = Session.mark(event.start_mark)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = Self.text(scalar.value, length: Int(scalar.length))
                let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                let isNull = isPlain && ["", "~", "null", "Null", "NULL"].contains(value)
                let isQuoted =
                    scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                kind = .scalar(value, isNull: isNull, isQuoted: isQuoted)
                hasAnchor = scalar.anchor != nil
            case YAML_ALIAS_EVENT:
                kind = .alias
            case YAML_SEQUENCE_START_EVENT:
                kind = .sequence
                hasAnchor = event.data.sequence_start.anchor != nil
            case YAML_MAPPING_START_EVENT:
                kind = .mapping
                hasAnchor = event.data.mapping_start.anchor != nil
            default: kind = .other
            }
        }

        static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
            guard let pointer else { return "" }
            return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }
    }

    func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line + lineOffset, column: column)
    }
}

private extension YAMLNode {
    /// A mapping key as text: a scalar's own text; a list or mapping used as a key (which no
    /// content file needs) written in flow style, so that a message can quote it.
    var keyText: String {
        switch self {
        case .scalar(let text, _, _): text
        case .sequence(let items, _): "[" + items.map(\.keyText).joined(separator: ", ") + "]"
        case .mapping(let entries, _):
            "{" + entries.map { "\($0.key): \($0.value.keyText)" }.joined(separator: ", ") + "}"
        }
    }
}
