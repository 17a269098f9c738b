import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport

/// Reads one YAML mapping as an object with known keys: typed accessors report
/// wrong types and missing required keys, and `finish()` reports unknown keys.
package final class YAMLObject {
    /// Where the mapping starts.
    let location: SourceLocation
    /// What the object is, for messages ("a channel").
    let what: String
    private let entries: [YAMLEntry]
    private var readKeys: Set<String> = []
    /// Required keys found missing; reported by `finish()` unless an unknown key is their misspelling.
    private var missingRequired: [String] = []
    private let sink: DiagnosticSink

    /// Wraps a node that must be a mapping; reports and returns nil otherwise.
    init?(_ node: YAMLNode, what: String, sink: DiagnosticSink) {
        guard case .mapping(let entries, let location) = node else {
            let hint: String
            if case .sequence = node, let key = ContentSchema.keys[what]?.first, ContentSchema.keys[what]?.count == 1 {
                hint = "; start the file with '\(key):' and indent the list under it"
            } else {
                hint = ""
            }
            sink.report(
                .wrongType, "expected \(what) as a mapping (key: value pairs), found \(node.kindDescription)\(hint)",
                at: node.location)
            return nil
        }
        self.entries = entries
        self.location = location
        self.what = what
        self.sink = sink
    }

    /// The raw node of a key, marking the key as known.
    func node(_ key: String, required: Bool = false) -> YAMLNode? {
        readKeys.insert(key)
        guard let entry = entries.first(where: { $0.key == key }) else {
            if required && !missingRequired.contains(key) { missingRequired.append(key) }
            return nil
        }
        if case .scalar(_, true, _) = entry.value {
            if required { sink.report(.missingKey, "'\(key)' of \(what) must not be empty", at: entry.value.location) }
            return nil
        }
        return entry.value
    }

    /// Where a key is written, if present.
    func keyLocation(_ key: String) -> SourceLocation? {
        entries.first { $0.key == key }?.keyLocation
    }

    /// True when the key is present (even with an empty value).
    func has(_ key: String) -> Bool {
        readKeys.insert(key)
        return entries.contains { $0.key == key }
    }

    /// A text value.
    func string(_ key: String, required: Bool = false) -> Located<String>? {
        guard let node = node(key, required: required) else { return nil }
        guard case .scalar(let text, _, let location) = node else {
            sink.report(
                .wrongType, "'\(key)' of \(what) must be a text value, found \(node.kindDescription)", at: node.location
            )
            return nil
        }
        return Located(text, at: location)
    }

    /// A text value that may be written empty on purpose (`response_time: ""`): returns "" then.
    func optionalText(_ key: String) -> Located<String>? {
        readKeys.insert(key)
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        if case .scalar(let text, _, let location) = entry.value { return Located(text, at: location) }
        sink.report(
            .wrongType, "'\(key)' of \(what) must be a text value, found \(entry.value.kindDescription)",
            at: entry.value.location)
        return nil
    }

    /// A list of text values; a single scalar counts as a one-element list.
    func strings(_ key: String, required: Bool = false) -> [Located<String>] {
        guard let node = node(key, required: required) else { return [] }
        switch node {
        case .scalar(let text, _, let location):
            return [Located(text, at: location)]
        case .sequence(let items, _):
            return items.compactMap { item in
                guard case .scalar(let text, false, let location) = item else {
                    sink.report(
                        .wrongType, "each item of '\(key)' must be a text value, found \(item.kindDescription)",
                        at: item.location)
                    return nil
                }
                return Located(text, at: location)
            }
        case .mapping:
            sink.report(.wrongType, "'\(key)' of \(what) must be a list, found a mapping", at: node.location)
            return []
        }
    }

    /// A list of nodes (a sequence).
    func list(_ key: String, required: Bool = false) -> [YAMLNode] {
        guard let node = node(key, required: required) else { return [] }
        guard case .sequence(let items, _) = node else {
            sink.report(
                .wrongType,
                "'\(key)' of \(what) must be a list (lines starting with '- '), found \(node.kindDescription)",
                at: node.location)
            return []
        }
        return items
    }

    /// A nested object.
    func object(_ key: String, what nested: String, required: Bool = false) -> YAMLObject? {
        guard let node = node(key, required: required) else { return nil }
        return YAMLObject(node, what: nested, sink: sink)
    }

    /// A whole number.
    func int(_ key: String, in range: ClosedRange<Int>) -> Located<Int>? {
        guard let text = string(key) else { return nil }
        guard let number = Int(text.value.trimmedSpaces), range.contains(number) else {
            sink.report(
                .wrongType,
                "'\(key)' of \(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), found '\(text.value)'",
                at: text.location)
            return nil
        }
        return Located(number, at: text.location)
    }

    /// A boolean (`true`/`false`, `yes`/`no`).
    func bool(_ key: String) -> Located<Bool>? {
        guard let text = string(key) else { return nil }
        switch text.value.lowercased() {
        case "true", "yes", "on": return Located(true, at: text.location)
        case "false", "no", "off": return Located(false, at: text.location)
        default:
            sink.report(
                .wrongType, "'\(key)' of \(what) must be true or false, found '\(text.value)'", at: text.location)
            return nil
        }
    }

    /// Reports every key that is neither read nor declared for this kind of object, and every
    /// missing required key that is not simply misspelled (the misspelling is the one finding).
    func finish() {
        let declared = ContentSchema.keys[what] ?? []
        var explained: Set<String> = []
        for entry in entries where !readKeys.contains(entry.key) && !declared.contains(entry.key) {
            let closest = closestKey(to: entry.key)
            if let closest { explained.insert(closest) }
            let suggestion = closest.map { "; " + Suggestion.didYouMean($0) } ?? ""
            let known = readKeys.union(declared).sorted().joined(separator: ", ")
            sink.report(
                .unknownKey, "unknown key '\(entry.key)' in \(what)\(suggestion) (known keys: \(known))",
                at: entry.keyLocation)
        }
        for key in missingRequired where !explained.contains(key) {
            sink.report(.missingKey, "\(what) needs the key '\(key)'", at: location)
        }
    }
}

private extension YAMLObject {
    func closestKey(to key: String) -> String? {
        EditDistance.closest(to: key, in: readKeys.union(ContentSchema.keys[what] ?? []))
    }
}
