import Mustache

/// Templates look labels up by name thousands of times per build. A `Labels` value in the context
/// would be reflected with `Mirror`, and even as a `MustacheParent` every cast would copy its
/// sixty strings into a new box; the context therefore holds one shared table object per language.
extension Labels {
    /// The labels as the object templates see under `labels`.
    var mustacheTable: LabelTable { language == .en ? LabelTable.english : LabelTable.russian }
}

/// The labels of one language by name; a class, so that Mustache's casts only retain it.
/// `@unchecked Sendable`: immutable, but `MustacheParent` returns `Any`.
final class LabelTable: MustacheParent, @unchecked Sendable {
    /// Every field of `Labels` by name (strings, and the audience and channel-kind tables).
    private let values: [String: Any]

    private init(_ labels: Labels) {
        var values: [String: Any] = [:]
        for child in Mirror(reflecting: labels).children {
            if let name = child.label { values[name] = TemplateData.convert(child.value) }
        }
        self.values = values
    }

    static let russian = LabelTable(.forLanguage(.ru))
    static let english = LabelTable(.forLanguage(.en))

    func child(named name: String) -> Any? { values[name] }
}
