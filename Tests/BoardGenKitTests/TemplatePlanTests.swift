import Foundation
import Mustache
import Testing

@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenRender

/// Template plans (issue 17) must render exactly what swift-mustache renders, or leave the render
/// to swift-mustache: each case renders through both and compares the bytes.
@Suite struct TemplatePlanTests {
    nonisolated(unsafe) static let data: [String: Any] = [
        "name": "Иван <Петров> & \"сын\" 'x'", "html": "<b>жирный</b>", "count": 3, "zero": 0, "flag": true,
        "off": false, "none": [Any](),
        "items": [["name": "a", "flag": false], ["name": "b", "count": 7], "просто текст"] as [Any],
        "item": ["name": "внутри", "items": [["name": "глубоко"]]] as [String: Any],
    ]

    @Test("Every default template and directive wrapper has a plan")
    func defaultsHavePlans() throws {
        let set = try #require(TemplateSet.load(overridesIn: nil, sink: DiagnosticSink()))
        #expect(!set.sources.isEmpty)
        for name in set.sources.keys.sorted() {
            #expect(set.plans.templates[name] != nil, "\(name).mustache has no plan")
            #expect(set.plans.wrappers[name] != nil, "the wrapper of \(name) has no plan")
        }
    }

    @Test("The default site and the five schools render every page through the plans")
    func sitesUsePlans() throws {
        let set = try #require(TemplateSet.load(overridesIn: nil, sink: DiagnosticSink()))
        let before = set.plans.fallbackCount
        let examples = Fixtures.repository.appendingPathComponent("examples")
        let schools = try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted()
        #expect(schools.count == 5)
        for folder in [Fixtures.repository.appendingPathComponent("content")]
            + schools.map(examples.appendingPathComponent)
        {
            let result = SiteBuilder(contentFolder: folder, today: Fixtures.today).render()
            #expect(!result.files.isEmpty, "\(folder.lastPathComponent)")
        }
        #expect(set.plans.fallbackCount == before, "some pages were rendered by swift-mustache")
    }

    @Test("Variables: escaping, triple and ampersand forms, numbers, flags, missing names")
    func variables() throws {
        try expectSame("{{name}}|{{{name}}}|{{&html}}|{{html}}|{{count}}|{{zero}}|{{flag}}|{{off}}|{{missing}}|")
    }

    @Test("Names: dotted, the current object, a leading dot, climbing the stack")
    func names() throws {
        try expectSame("{{item.name}} {{item.items.0}} {{#item}}{{name}}/{{count}}/{{.name}}/{{.count}}{{/item}}")
        try expectSame("{{#items}}[{{name}}:{{count}}:{{.}}]{{/items}}", usesPlan: false)  // a table as `{{.}}`
        try expectSame("{{#item}}{{#items}}{{name}} in {{item.name}} {{flag}}{{/items}}{{/item}}")
        try expectSame("{{#name}}{{.}}{{/name}} {{#count}}{{.}}{{/count}} {{a..b}} {{item..name}}")
        try expectSame("{{..}}", usesPlan: false)  // the root table as text
    }

    @Test("Sections and inverted sections for lists, flags, texts, numbers and absent values")
    func sections() throws {
        for name in ["items", "none", "flag", "off", "name", "zero", "missing", "item"] {
            try expectSame("<{{#\(name)}}in {{name}};{{/\(name)}}|{{^\(name)}}not{{/\(name)}}>")
        }
        try expectSame("{{^none}}{{count(.)}} {{empty(.)}}{{/none}}")
    }

    @Test("Transforms, those of a list's position included")
    func transforms() throws {
        try expectSame("{{#empty(none)}}empty{{/empty(none)}}{{^empty(items)}}full{{/empty(items)}}{{count(items)}}")
        try expectSame("{{uppercased(name)}} {{lowercased(name)}} {{plusone(count)}} {{empty(missing)}}")
        try expectSame("{{#items}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{odd()}},{{/items}}")
        try expectSame("outside a list: {{first()}}{{#item}}{{index()}}{{/item}}")
        try expectSame("{{#reversed(items)}}{{name}}{{/reversed(items)}}", usesPlan: false)
    }

    @Test("Partials: indentation of standalone tags, nested, line ends, missing partials")
    func partials() throws {
        let partials = [
            "line": "one {{name}}\ntwo\n", "nested": "start\n  {{> line}}\nend\n", "crlf": "a\r\nb {{count}}\r\n",
            "empty": "{{missing}}\n",
        ]
        try expectSame("x\n  {{> line}}\n  {{> nested}}\n\t{{> crlf}}\n {{> empty}}\n{{> absent}}|", partials: partials)
        try expectSame("{{#items}}\n    {{> line}}\n{{/items}}", partials: partials)
    }

    @Test("Content types: the library's default, boardgen's, and plain text")
    func contentTypes() throws {
        try expectSame("{{name}}", pragma: "")
        try expectSame("{{name}}\n{{% CONTENT_TYPE: TEXT}}\n{{name}}\n{{% CONTENT_TYPE: HTML}}\n{{html}}", pragma: "")
        try expectSame("{{> plain}} {{name}}", partials: ["plain": "{{% CONTENT_TYPE: TEXT}}{{name}}"])
    }

    @Test("boardgen's escaping is swift-mustache's HTML escaping")
    func escaping() throws {
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: HTML}}{{text}}")
        let texts = [
            "", "plain", "каб. 3-05", "<b>&amp;</b>", "\"quoted\" & 'single'", "a<b>c", "&&&", "😀 <👍>", "x\ny\r\n<z>",
            String(repeating: "длинный текст ", count: 200) + "&",
        ]
        for text in texts {
            #expect(text.htmlEscaped == template.render(["text": text]), "\(text.debugDescription)")
        }
    }

    @Test("Inheritance and dynamic partials have no plan; TemplateSet renders them with swift-mustache")
    func unsupportedTokens() throws {
        let partials = ["parent": "<{{$body}}default{{/body}}>", "line": "{{name}}"]
        try expectSame("{{<parent}}{{$body}}mine {{name}}{{/body}}{{/parent}}", partials: partials, usesPlan: false)
        try expectSame("{{>*name}}{{> line}}", partials: partials, usesPlan: false)
        // A template with a plan whose partial has none is rendered whole by swift-mustache.
        try expectSame("a {{> parent}} b", partials: partials, usesPlan: false)
    }

    @Test("A value of a type the plan does not know falls back to swift-mustache with the same output")
    func unknownValues() throws {
        let odd: [String: Any] = ["ratio": 0.5, "day": Date(timeIntervalSince1970: 0), "name": "x"]
        try expectSame("{{ratio}} {{#day}}{{name}}{{/day}}", data: odd, usesPlan: false)
        try expectSame("{{name}}", data: odd)
    }

    @Test("Random templates render the same through the plan and through swift-mustache")
    func randomTemplates() throws {
        var generator = RandomTemplates(seed: 17)
        var planned = 0
        let total = 1500
        for _ in 0..<total {
            let partials = ["p": generator.template(depth: 1, partials: false)]
            let main = generator.template(depth: 3, partials: true)
            guard let outcome = try? Self.render(main, partials: partials, data: Self.data) else { continue }
            #expect(outcome.plan == nil || outcome.plan == outcome.library, "\(main.debugDescription)")
            if outcome.plan != nil { planned += 1 }
        }
        #expect(planned > total / 2, "the plan rendered only \(planned) of \(total) templates")
    }
}

extension TemplatePlanTests {
    /// The plan's output (nil when it left the render to swift-mustache) and the library's.
    static func render(
        _ main: String, partials: [String: String] = [:], pragma: String? = nil, data: [String: Any]
    )
        throws -> (plan: String?, library: String)
    {
        HTMLContentType.register
        let pragma = pragma ?? HTMLContentType.pragmaLine
        var library = MustacheLibrary()
        for (name, text) in partials.merging(["main": main], uniquingKeysWith: { $1 }) {
            library.register(try MustacheTemplate(string: pragma + text), named: name)
        }
        let plans = TemplatePlans(library: library, names: Array(partials.keys) + ["main"], wrappers: [:])
        let object = TemplateData.convert(data)
        return (
            plans.render(plans.templates["main"], object: object), library.render(object, withTemplate: "main") ?? ""
        )
    }

    func expectSame(
        _ main: String, partials: [String: String] = [:], pragma: String? = nil, data: [String: Any] = data,
        usesPlan: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let outcome = try Self.render(main, partials: partials, pragma: pragma, data: data)
        if usesPlan {
            #expect(outcome.plan == outcome.library, sourceLocation: sourceLocation)
        } else {
            #expect(outcome.plan == nil, "expected swift-mustache to render it", sourceLocation: sourceLocation)
        }
        #expect(!outcome.library.isEmpty || main.isEmpty, sourceLocation: sourceLocation)
    }
}

/// Balanced random templates over the test data's names (deterministic for a seed).
struct RandomTemplates {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    static let texts = ["a", " ", "\n", "\r\n", "  ", "<i>", "&", "й", "\t", "}", "{"]
    static let variables = [
        "{{name}}", "{{{name}}}", "{{&html}}", "{{html}}", "{{count}}", "{{zero}}", "{{flag}}", "{{off}}", "{{.}}",
        "{{item.name}}", "{{.name}}", "{{missing}}", "{{uppercased(name)}}", "{{count(items)}}", "{{index()}}",
        "{{first()}}", "{{empty(none)}}", "{{item.items}}", "{{ name }}",
    ]
    static let sections = [
        "items", "none", "flag", "off", "name", "zero", "missing", "item", "item.items", "empty(items)", "empty(none)",
        "first()", "last()", "even()", ".", "count",
    ]

    mutating func template(depth: Int, partials: Bool) -> String {
        (0..<next(6)).map { _ in node(depth: depth, partials: partials) }.joined()
    }

    private mutating func node(depth: Int, partials: Bool) -> String {
        switch next(depth > 0 ? 5 : 3) {
        case 0: return Self.texts[next(Self.texts.count)]
        case 1: return Self.variables[next(Self.variables.count)]
        case 2: return partials ? ["\n  {{> p}}\n", "{{> p}}", "\t{{> p}}\r\n", "{{> q}}"][next(4)] : "\n"
        default:
            let name = Self.sections[next(Self.sections.count)]
            let mark = next(2) == 0 ? "#" : "^"
            let lines = next(2) == 0 ? ("", "") : ("\n", "\n")
            let body = template(depth: depth - 1, partials: partials)
            return "{{\(mark)\(name)}}\(lines.0)\(body)\(lines.1){{/\(name)}}"
        }
    }

    /// SplitMix64: a number in 0..<bound.
    private mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
    }
}
