import Mustache

/// Renders `TemplatePlan`s by swift-mustache's rules (`Template+Render.swift` of the library): the
/// same name lookups up the context stack, sections, inverted sections, partial indentation,
/// transforms and escaping, so the output is the library's, byte for byte.
///
/// The values are boardgen's converted template data (`TemplateData`), recognised by their
/// concrete types: no lookup asks the runtime whether a value conforms to one of the library's
/// protocols, which is what made the library's lookups slow. A value of any other type throws
/// `Unsupported`, and the caller renders the template with swift-mustache instead.
struct PlanRenderer {
    /// A value or token the plan does not render exactly as swift-mustache would.
    struct Unsupported: Error {}

    /// Plans by template name: every template of the library that has one.
    let plans: [String: TemplatePlan]
    /// Every template name of the library (a partial that is not there renders nothing).
    let names: Set<String>
    /// The context stack, innermost last (the values sections entered), each with its type found once.
    private(set) var stack: [Frame] = []

    init(plans: [String: TemplatePlan], names: Set<String>) {
        self.plans = plans
        self.names = names
    }

    /// `plan` rendered for `object`, as `MustacheTemplate.render(object, library:)` renders it.
    mutating func render(_ plan: TemplatePlan, object: Any) throws(Unsupported) -> String {
        guard let html = TemplatePlan.libraryHTML else { throw Unsupported() }
        stack = [Frame(object)]
        defer { stack = [] }
        var output = ""
        try render(plan, scope: Scope(sequence: nil, indentation: nil, contentType: html), into: &output)
        return output
    }
}

extension PlanRenderer {
    /// What a template's render carries besides the stack (the library's `MustacheContext`).
    struct Scope {
        /// Set while rendering the items of a list, for `{{#first()}}` and the like.
        var sequence: SequencePosition?
        /// The white space before a standalone partial tag, added to each line the partial starts.
        var indentation: String?
        var contentType: any MustacheContentType
    }

    /// The position of an item in the list being rendered (the library's `MustacheSequenceContext`).
    struct SequencePosition {
        var first: Bool
        var last: Bool
        var index: Int

        func transform(_ name: String) -> Any? {
            switch name {
            case "first": first
            case "last": last
            case "index": index
            case "even": (index & 1) == 0
            case "odd": (index & 1) == 1
            default: nil
            }
        }
    }
}

private extension PlanRenderer {
    /// `MustacheTemplate.render(context:)`: with an indentation, a rendered token that starts a new
    /// line of this template's own output is preceded by it.
    mutating func render(_ plan: TemplatePlan, scope: Scope, into output: inout String) throws(Unsupported) {
        var scope = scope
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            for node in plan.nodes { try render(node, scope: &scope, into: &output) }
            return
        }
        let start = output.utf8.count
        for node in plan.nodes {
            var piece = ""
            try render(node, scope: &scope, into: &piece)
            if !piece.isEmpty, Self.endsWithLineFeed(output, after: start) { output += indentation }
            output += piece
        }
    }

    mutating func render(
        _ node: TemplatePlan.Node, scope: inout Scope, into output: inout String
    )
        throws(Unsupported)
    {
        switch node {
        case .text(let text):
            output += text
        case .variable(let lookup, let isEscaped):
            guard let value = try resolve(lookup, scope: scope) else { return }
            let text = try Self.text(of: value)
            output += isEscaped ? scope.contentType.escapeText(text) : text
        case .section(let lookup, let inner):
            try renderSection(try resolve(lookup, scope: scope), inner, scope: scope, into: &output)
        case .invertedSection(let lookup, let inner):
            try renderInverted(try resolve(lookup, scope: scope), inner, scope: scope, into: &output)
        case .partial(let name, let indentation):
            guard names.contains(name) else { return }
            guard let plan = plans[name], let html = TemplatePlan.libraryHTML else { throw Unsupported() }
            let inner = Scope(
                sequence: nil, indentation: indentation.map { (scope.indentation ?? "") + $0 } ?? scope.indentation,
                contentType: html)
            try render(plan, scope: inner, into: &output)
        case .contentType(let type):
            scope.contentType = type
        }
    }

    /// The library's `renderSection`: a list renders once per item, `true` once, an absent value
    /// or `false` not at all, anything else once with the value on the stack.
    mutating func renderSection(
        _ value: Any?, _ inner: TemplatePlan, scope: Scope, into output: inout String
    )
        throws(Unsupported)
    {
        guard let value else { return }
        switch try Self.sectionKind(of: value) {
        case .list(let items):
            for (index, item) in items.enumerated() {
                let position = SequencePosition(first: index == 0, last: index == items.count - 1, index: index)
                try renderPushing(item, inner, scope: scope, sequence: position, into: &output)
            }
        case .flag(let isOn):
            if isOn { try render(inner, scope: scope, into: &output) }
        case .object:
            try renderPushing(value, inner, scope: scope, sequence: nil, into: &output)
        }
    }

    /// The library's `renderInvertedSection`: renders for an absent value, `false` and an empty list (with the
    /// list on the stack).
    mutating func renderInverted(
        _ value: Any?, _ inner: TemplatePlan, scope: Scope, into output: inout String
    )
        throws(Unsupported)
    {
        guard let value else { return try render(inner, scope: scope, into: &output) }
        switch try Self.sectionKind(of: value) {
        case .list(let items):
            if items.isEmpty { try renderPushing(value, inner, scope: scope, sequence: nil, into: &output) }
        case .flag(let isOn):
            if !isOn { try render(inner, scope: scope, into: &output) }
        case .object:
            return
        }
    }

    mutating func renderPushing(
        _ value: Any, _ inner: TemplatePlan, scope: Scope, sequence: SequencePosition?, into output: inout String
    ) throws(Unsupported) {
        var inside = scope
        inside.sequence = sequence
        stack.append(Frame(value))
        defer { stack.removeLast() }
        try render(inner, scope: inside, into: &output)
    }

    /// True when the text written since `start` ends a line: its last character is a line feed (a
    /// carriage return and line feed together are one other character, as in `String.last`).
    static func endsWithLineFeed(_ text: String, after start: Int) -> Bool {
        let bytes = text.utf8
        let count = bytes.count - start
        guard count > 0, bytes.last == 0x0A else { return false }
        guard count > 1 else { return true }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != 0x0D
    }
}
