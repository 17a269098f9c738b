import Mustache

/// How `PlanRenderer` reads template data: the library's lookup rules for the value types
/// `TemplateData` makes, each recognised by its concrete type.
extension PlanRenderer {
    /// What a section does with a value.
    enum SectionKind {
        case list([Any])
        case flag(Bool)
        /// A value that renders as absent (`MustacheCustomRenderable.isNull`).
        case null
        case object
    }

    /// The library's `getChild`: find the first name, follow the rest, then apply the transforms
    /// from the last to the first (a transform that does not apply gives nothing).
    func resolve(_ lookup: TemplatePlan.Lookup, scope: Scope) throws(Unsupported) -> Any? {
        var found: Any?
        switch lookup.start {
        case .current: found = stack.last
        case .sequencePosition: found = scope.sequence
        case .innermost(let names):
            found = try stack.last.flatMap { object throws(Unsupported) in
                try Self.descend(names[...], from: object)
            }
        case .climbing(let names): found = try climb(names)
        }
        // A value of another type (one the library would unwrap as a `MustacheCustomRepresentation`,
        // say) throws where it is used: in `text(of:)`, `sectionKind`, `child(named:)` or `transform`.
        guard var child = found else { return nil }
        for name in lookup.transforms.reversed() {
            guard let transformed = try Self.transform(child, name) else { return nil }
            child = transformed
        }
        return child
    }

    /// The library's `_getChildInStack`: the innermost object that has the first name.
    func climb(_ names: [String]) throws(Unsupported) -> Any? {
        guard let name = names.first else { return stack.last }
        for object in stack.reversed() {
            if let child = try Self.child(named: name, of: object) {
                return try Self.descend(names.dropFirst(), from: child)
            }
        }
        return nil
    }

    /// The text a variable shows for a value (`String(describing:)` for the plain types).
    static func text(of value: Any) throws(Unsupported) -> String {
        switch value {
        case let text as TemplateText: return text.text
        case let text as String: return text
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default: throw Unsupported()
        }
    }

    /// How a section treats a value, in the library's order: a sequence, a flag, a null value, any
    /// other value.
    static func sectionKind(of value: Any) throws(Unsupported) -> SectionKind {
        switch value {
        case is TemplateObject, is PreparedContext, is TemplateText, is LabelTable, is String, is Int:
            return .object
        case let items as [Any]: return .list(items)
        case let flag as Bool: return .flag(flag)
        default:
            guard isKnown(value), !(value is any MustacheSequence) else { throw Unsupported() }
            return .object
        }
    }
}

private extension PlanRenderer {
    /// The library's `_getChild`: follow the remaining names from a found value.
    static func descend(_ names: ArraySlice<String>, from object: Any) throws(Unsupported) -> Any? {
        var current = object
        for name in names {
            guard let child = try child(named: name, of: current) else { return nil }
            current = child
        }
        return current
    }

    /// The library's `_getImmediateChild` for boardgen's value types: a table answers by name;
    /// text, numbers, flags and lists have no named children (`Mirror` finds none).
    static func child(named name: String, of object: Any) throws(Unsupported) -> Any? {
        switch object {
        case let table as TemplateObject: return table.values[name]
        case let context as PreparedContext: return context.child(named: name)
        case let labels as LabelTable: return labels.child(named: name)
        case is TemplateText, is String, is Int, is Bool, is [Any]: return nil
        case let dictionary as [String: Any]: return dictionary[name]
        default: throw Unsupported()
        }
    }

    /// True for the value types this renderer reads exactly as the library does.
    static func isKnown(_ value: Any) -> Bool {
        switch value {
        case is TemplateObject, is PreparedContext, is TemplateText, is LabelTable, is String, is Int, is Bool,
            is [Any], is [String: Any], is SequencePosition:
            true
        default: false
        }
    }

    /// One transform (`empty`, `count`, `first()` …) as the library applies it.
    static func transform(_ value: Any, _ name: String) throws(Unsupported) -> Any? {
        if let position = value as? SequencePosition { return position.transform(name) }
        guard isKnown(value) else { throw Unsupported() }
        return (value as? MustacheTransformable)?.transform(name)
    }
}
