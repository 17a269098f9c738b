import Mustache

/// A converted view or table as templates see it: its fields by name. A `[String: Any]` answers
/// swift-mustache's lookups too, but through a conditional conformance (`Dictionary: MustacheParent
/// where Key == String`) whose requirements the runtime checks on each of the casts the library makes
/// while it climbs the context stack; this plain struct conforms outright. The dictionary's transforms
/// (`{{#empty(site)}}`, `count`, `enumerated`, `sorted`) are forwarded unchanged.
struct TemplateObject: MustacheParent, MustacheTransformable, @unchecked Sendable {
    /// Field name → converted value (see `TemplateData.convert`).
    let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }

    func transform(_ name: String) -> Any? { values.transform(name) }
}
