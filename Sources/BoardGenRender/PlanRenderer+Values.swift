import Mustache

/// How `PlanRenderer` reads template data: the library's lookup rules for the value types
/// `TemplateData` makes, each recognised by its concrete type.
extension PlanRenderer {
    /// What a section does with a value.
    enum SectionKind {
        case list([Any])
        case flag(Bool)
        case object
    }

    /// The library's `getChild`: find the first name, follow the rest, then apply the transforms
    /// from the last to the first (a transform that does not apply gives nothing).
    func resolve(_ lookup: TemplatePlan.Lookup, scope: Scope) throws(Unsupported) -> Any? {
        var found: Any?
        switch lookup.start {
        case .current: found = stack.last?.value
        case .sequencePosition: found = scope.sequence
        case .innermost(let names):
            found = try stack.last.flatMap { frame throws(Unsupported) in
                try Self.descend(names[...], from: frame.value)
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
        guard let name = names.first else { return stack.last?.value }
        for index in stack.indices.reversed() {  // by index: the frames are read in place, not copied
            if let child = try stack[index].child(named: name) {
                return try Self.descend(names.dropFirst(), from: child)
            }
        }
        return nil
    }

    /// The text a variable shows for a value (`String(describing:)` for the plain types).
    static func text(of value: Any) throws(Unsupported) -> String {
        switch ValueType(of: value) {
        case .text: (value as! TemplateText).text
        case .string: value as! String
        case .int: String(value as! Int)
        case .bool: (value as! Bool) ? "true" : "false"
        default: throw Unsupported()
        }
    }

    /// How a section treats a value, in the library's order: a sequence, a flag, any other value (the library's
    /// null values, `MustacheCustomRenderable.isNull`, are none of boardgen's types).
    static func sectionKind(of value: Any) throws(Unsupported) -> SectionKind {
        switch ValueType(of: value) {
        case .list: .list(value as! [Any])
        case .bool: .flag(value as! Bool)
        case .table, .context, .labels, .text, .string, .int, .dictionary, .position: .object
        case .other: throw Unsupported()
        }
    }
}

private extension PlanRenderer {
    /// The library's `_getChild`: follow the remaining names from a found value.
    static func descend(_ names: ArraySlice<String>, from object: Any) throws(Unsupported) -> Any? {
        var current = object
        for name in names {
            guard let child = try Frame(current).child(named: name) else { return nil }
            current = child
        }
        return current
    }

    /// One transform (`empty`, `count`, `first()` …) as the library applies it.
    static func transform(_ value: Any, _ name: String) throws(Unsupported) -> Any? {
        switch ValueType(of: value) {
        case .position: (value as! SequencePosition).transform(name)
        case .other: throw Unsupported()
        default: (value as? MustacheTransformable)?.transform(name)
        }
    }
}

extension PlanRenderer {
    /// A value on the context stack with what a lookup needs of it, found once when the value was pushed:
    /// a name climbs every level of the stack, and a cast per level and lookup was a third of the lookups.
    struct Frame {
        /// The value as pushed (`{{.}}` shows it).
        let value: Any
        private let names: Names

        private enum Names {
            case table([String: Any])
            case parent(any MustacheParent)
            /// Text, numbers, flags and lists have no named children.
            case none
            /// A value the plan does not read: a lookup through it leaves the render to swift-mustache.
            case unknown
        }

        init(_ value: Any) {
            self.value = value
            switch ValueType(of: value) {
            case .table: names = .table((value as! TemplateObject).values)
            case .dictionary: names = .table(value as! [String: Any])
            case .context: names = .parent(value as! PreparedContext)
            case .labels: names = .parent(value as! LabelTable)
            case .text, .string, .int, .bool, .list: names = .none
            case .position, .other: names = .unknown
            }
        }

        /// The library's `_getImmediateChild` for boardgen's value types: a table answers by name; text, numbers,
        /// flags and lists have no named children (`Mirror` finds none); any other value leaves the render to
        /// swift-mustache, which would reflect it.
        func child(named name: String) throws(Unsupported) -> Any? {
            switch names {
            case .table(let values): values[name]
            case .parent(let parent): parent.child(named: name)
            case .none: nil
            case .unknown: throw Unsupported()
            }
        }
    }
}
