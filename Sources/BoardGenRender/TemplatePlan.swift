import Mustache

/// One parsed Mustache template as a tree of nodes that `PlanRenderer` walks without
/// swift-mustache's dynamic casts (issue 17: the casts on every lookup were a sixth of a build).
///
/// swift-mustache still reads every template (its parser, its errors); the plan is built once per
/// template from the parsed tokens, read through `Mirror` because the library keeps them internal.
/// A token the plan does not know (template inheritance, dynamic partials, a token shape from
/// another version of the library) leaves the template without a plan, and such a template is
/// rendered by swift-mustache itself, so the output never depends on which path rendered it.
struct TemplatePlan: Sendable {
    /// What the library's tokens become.
    enum Node: Sendable {
        /// Text written as it is.
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (not escaped).
        case variable(Lookup, isEscaped: Bool)
        /// `{{#name}}…{{/name}}`.
        case section(Lookup, TemplatePlan)
        /// `{{^name}}…{{/name}}`.
        case invertedSection(Lookup, TemplatePlan)
        /// `{{> name}}`, with the white space before a standalone tag.
        case partial(name: String, indentation: String?)
        /// `{{% CONTENT_TYPE: …}}`: the escaping of the rest of the template.
        case contentType(any MustacheContentType)
    }

    /// A name as the library resolves it, split once here instead of on every lookup.
    struct Lookup: Sendable {
        enum Start: Sendable {
            /// `.`: the innermost object.
            case current
            /// A name with transforms only (`{{#first()}}`): the position in the enclosing list.
            case sequencePosition
            /// `.name.more`: from the innermost object only.
            case innermost([String])
            /// `name.more`: the first object up the context stack that has `name`.
            case climbing([String])
        }

        let start: Start
        /// Transform names as written (`empty` in `{{#empty(list)}}`), applied last to first.
        let transforms: [String]
    }

    let nodes: [Node]

    /// The plan of a parsed template, or nil when it holds anything the plan cannot render exactly
    /// as swift-mustache does.
    init?(_ template: MustacheTemplate) {
        guard let tokens = Self.field("tokens", of: template) else { return nil }
        var nodes: [Node] = []
        for token in Mirror(reflecting: tokens).children {
            guard let node = Self.node(token.value) else { return nil }
            nodes.append(node)
        }
        self.nodes = nodes
    }

    /// The escaping swift-mustache starts every template and partial with (its own HTML escaping,
    /// which it does not export): read from the plan of a template that selects it.
    static let libraryHTML: (any MustacheContentType)? = {
        guard let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: HTML}}"),
            let plan = TemplatePlan(template), plan.nodes.count == 1, case .contentType(let type) = plan.nodes[0]
        else { return nil }
        return type
    }()
}

private extension TemplatePlan {
    static func field(_ name: String, of value: Any) -> Any? {
        Mirror(reflecting: value).children.first { $0.label == name }?.value
    }

    /// One token: an enum case whose payload is a value or a tuple, cast to the tuple type the library
    /// declares (a changed declaration fails the cast, and the template keeps no plan).
    static func node(_ token: Any) -> Node? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label else {
            return nil
        }
        let value = payload.value
        switch kind {
        case "text":
            return (value as? String).map(Node.text)
        case "variable", "unescapedVariable":
            guard let (name, transforms) = value as? (name: String, transforms: [String]) else { return nil }
            return .variable(lookup(name, transforms), isEscaped: kind == "variable")
        case "section", "invertedSection":
            guard
                let (name, transforms, inner) = value
                    as? (name: String, transforms: [String], template: MustacheTemplate),
                let plan = TemplatePlan(inner)
            else { return nil }
            let lookup = lookup(name, transforms)
            return kind == "section" ? .section(lookup, plan) : .invertedSection(lookup, plan)
        case "partial":
            // Overridden blocks (`{{<name}}…{{/name}}`) stay with swift-mustache.
            guard
                let (name, indentation, inherits) = value
                    as? (String, indentation: String?, inherits: [String: MustacheTemplate]?),
                inherits == nil
            else { return nil }
            return .partial(name: name, indentation: indentation)
        case "contentType":
            return (value as? any MustacheContentType).map(Node.contentType)
        default:
            return nil  // template inheritance and dynamic partials: swift-mustache renders those
        }
    }

    /// The library's reading of a name (`Template.getChild`): `.` alone, an empty name with
    /// transforms, a leading dot, or a name split at dots (empty parts dropped).
    static func lookup(_ name: String, _ transforms: [String]) -> Lookup {
        let parts = name.split(separator: ".").map(String.init)
        let start: Lookup.Start =
            if name == "." {
                .current
            } else if name.isEmpty && !transforms.isEmpty {
                .sequencePosition
            } else if name.first == "." {
                .innermost(parts)
            } else {
                .climbing(parts)
            }
        return Lookup(start: start, transforms: transforms)
    }
}
