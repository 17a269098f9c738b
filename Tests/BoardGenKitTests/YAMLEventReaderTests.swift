import Foundation
import Testing
import Yams

@testable import BoardGenDiagnostics
@testable import BoardGenLoad

/// Content YAML is read from libyaml's events (`YAMLEventReader`), no longer through Yams' node
/// tree. The reader must see exactly what Yams' composer saw, so Yams is kept here as the oracle:
/// the same tree (text, null and quoted values, every position) and the same error (stage, words,
/// position, context) on every YAML file of the repository, on hand-written cases and on thousands
/// of random mutations of them. Anchors are the one intended difference: refused where written.
struct YAMLEventReaderTests {
    @Test func readsEveryRepositoryFileAsYamsDid() throws {
        let texts = Self.repositoryTexts()
        #expect(texts.count > 200)
        for (name, text) in texts {
            #expect(Self.ours(text) == Self.oracle(text), "\(name)")
        }
    }

    @Test(arguments: [
        "", "# only a comment\n", "---\n", "~\n", "title: \"Регламент\"\norder: 3\n",
        "a:\n  - 1\n  - 'два'\n  -\n  - null\nb: {x: 1, y: [2, 3]}\n", "key: |\n  строка\n  ещё\n",
        "a: 1\na: 2\n", "b: 1\na: 1\nb: 2\na: 2\n", "list: [1, 2\n", "map: {a: 1\n", "name: \"открыта\n",
        "a: b: c\n", "a:\n\t- 1\n", "- a\n- b\n---\n- c\n", "x: *unknown\n", "? [a, b]\n: value\n",
        "? {a: 1}\n: v\n[a]: 1\n", "'': empty key\n: no key\n", "a: !!int 5\nb: !custom x\n", "%YAML 1.1\n---\na: 1\n",
        "a: 'it''s'\nb: \"\\u0430\"\n", "- - - deep\n", "a: >\n  folded\n  text\n\nb: 1\n", "[1, 2]: x\n",
        "a: `tick`\n", "a: @at\n", "  a: 1\n b: 2\n", "a:\n  b: 1\n c: 2\n",
    ])
    func readsHandWrittenCasesAsYamsDid(_ text: String) {
        #expect(Self.ours(text) == Self.oracle(text))
    }

    @Test func readsRandomMutationsAsYamsDid() throws {
        let seeds = Self.repositoryTexts().map(\.text).filter { !$0.contains("&") && $0.utf8.count < 6000 }
        var random = SplitMix(seed: 17)
        let pieces = [
            ":", "-", "\"", "'", "[", "]", "{", "}", "\n", " ", "  ", "\t", "#", "*", "?", "|", ">", ",", "а", "!",
            "%",
            "---\n",
        ]
        var (compared, failing) = (0, 0)
        for _ in 0..<3000 {
            var characters = Array(seeds[random.next(below: seeds.count)])
            for _ in 0..<(1 + random.next(below: 3)) where !characters.isEmpty {
                let at = random.next(below: characters.count)
                switch random.next(below: 3) {
                case 0: characters.remove(at: at)
                case 1: characters.insert(contentsOf: pieces[random.next(below: pieces.count)], at: at)
                default: characters[at] = Character(pieces[random.next(below: pieces.count)].prefix(1).description)
                }
            }
            let text = String(characters)
            guard !text.contains("&") else { continue }
            let expected = Self.oracle(text)
            #expect(Self.ours(text) == expected, "\(text.debugDescription)")
            compared += 1
            if !["m@", "q@", "s(", "empty"].contains(where: expected.hasPrefix) { failing += 1 }
        }
        // Both sides of the comparison are exercised: trees and errors of every stage.
        #expect(compared > 2500 && failing > 500, "\(compared) compared, \(failing) errors")
    }

    @Test(arguments: ["a: &x 1\nb: *x\n", "- &first\n  k: v\n- *first\n", "&root\na: 1\n", "a: [&x 1, *x]\n"])
    func refusesAnchorsWhereTheyAreWritten(_ text: String) throws {
        let anchor = try #require(text.firstRange(of: "&"))
        let line = text[..<anchor.lowerBound].filter { $0 == "\n" }.count + 1
        let lineStart = text[..<anchor.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let column = text.distance(from: lineStart, to: anchor.lowerBound) + 1
        guard case .failure(let diagnostic) = YAMLNode.parse(text, path: "x.yaml", lineOffset: 1) else {
            Issue.record("an anchor was accepted")
            return
        }
        #expect(diagnostic.code == "BG101")
        #expect(diagnostic.message.contains("anchors and aliases"))
        #expect(diagnostic.location.line == line + 1)
        #expect(diagnostic.location.column == column)
    }
}

private extension YAMLEventReaderTests {
    static func repositoryTexts() -> [(name: String, text: String)] {
        let root = Fixtures.repository
        var texts: [(String, String)] = []
        for folder in ["Tests", "content", "examples", "Templates"] {
            let base = root.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let path as String in files {
                guard let data = FileManager.default.contents(atPath: base.path + "/" + path),
                    let text = String(data: data, encoding: .utf8)
                else { continue }
                if path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
                    texts.append((folder + "/" + path, text))
                } else if path.hasSuffix(".md"), case .success(let parts) = FrontMatter.split(text, path: path) {
                    texts.append((folder + "/" + path, parts.yaml))
                }
            }
        }
        return texts.filter { !$0.1.contains("&") }
    }

    /// The event reader's tree or problem, written out with every position.
    static func ours(_ text: String) -> String {
        switch YAMLEventReader(path: "t", lineOffset: 0).read(text) {
        case .success(let node): node.map(describe) ?? "empty"
        case .failure(let problem): describe(problem)
        }
    }

    /// Yams' composer, as boardgen called it until the event reader.
    static func oracle(_ text: String) -> String {
        do {
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else { return "empty" }
            return describe(node)
        } catch let error as YamlError {
            return describe(error)
        } catch {
            return "other \(error)"
        }
    }

    static func describe(_ node: YAMLNode) -> String {
        let at = { (location: BoardGenDiagnostics.SourceLocation) in "@\(location.line):\(location.column)" }
        switch node {
        case .scalar(let text, let isNull, let location): return "s(\(text.debugDescription) \(isNull) \(at(location)))"
        case .sequence(let items, let location):
            return "q\(at(location))[" + items.map(describe).joined(separator: ",") + "]"
        case .mapping(let entries, let location):
            return "m\(at(location)){"
                + entries.map { "\($0.key.debugDescription)\(at($0.keyLocation))=\(describe($0.value))" }
                .joined(separator: ",") + "}"
        }
    }

    static func describe(_ node: Node) -> String {
        let at = { (mark: Mark?, shift: Int) in "@\(mark?.line ?? 1):\((mark?.column ?? 1) + shift)" }
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            let isQuoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return "s(\(scalar.string.debugDescription) \(isNull) \(at(scalar.mark, isQuoted ? 1 : 0)))"
        case .sequence(let sequence):
            return "q\(at(sequence.mark, 0))[" + sequence.map(describe).joined(separator: ",") + "]"
        case .mapping(let mapping):
            return "m\(at(mapping.mark, 0)){"
                + mapping.map { pair in
                    let key = pair.key.string ?? flow(pair.key)
                    return "\(key.debugDescription)\(at(pair.key.mark, 0))=\(describe(pair.value))"
                }.joined(separator: ",") + "}"
        case .alias: return "alias"
        }
    }

    /// A non-text key as the reader writes it (Yams printed its internal structure there).
    static func flow(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string
        case .sequence(let sequence): "[" + sequence.map(flow).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            "{" + mapping.map { "\($0.key.string ?? flow($0.key)): \(flow($0.value))" }.joined(separator: ", ") + "}"
        case .alias: "*"
        }
    }

    static func describe(_ problem: YAMLEventReader.Problem) -> String {
        let context = problem.context.map { "\($0.text)@\($0.line):\($0.column)" } ?? "-"
        let stage: String
        switch problem.stage {
        case .reader: return "reader \(problem.problem)"
        case .scanner: stage = "scanner"
        case .parser: stage = "parser"
        case .composer: stage = "composer"
        case .duplicateKeys: return "duplicates \(problem.duplicates) @\(problem.line)"
        case .anchor: return "anchor"
        case .memory: return "memory"
        }
        return "\(stage) \(problem.problem) @\(problem.line):\(problem.column) \(context)"
    }

    static func describe(_ error: YamlError) -> String {
        func context(_ context: YamlError.Context?) -> String {
            context.map { "\($0.text)@\($0.mark.line):\($0.mark.column)" } ?? "-"
        }
        switch error {
        case .reader(let problem, _, _, _): return "reader \(problem)"
        case .scanner(let c, let problem, let mark, _):
            return "scanner \(problem) @\(mark.line):\(mark.column) \(context(c))"
        case .parser(let c, let problem, let mark, _):
            return "parser \(problem) @\(mark.line):\(mark.column) \(context(c))"
        case .composer(let c, let problem, let mark, _):
            return "composer \(problem) @\(mark.line):\(mark.column) \(context(c))"
        case .duplicatedKeysInMapping(let duplicates, let c): return "duplicates \(duplicates) @\(c.mark.line)"
        case .memory: return "memory"
        default: return "other \(error)"
        }
    }
}

/// A small deterministic generator (SplitMix64), so that the mutations are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
