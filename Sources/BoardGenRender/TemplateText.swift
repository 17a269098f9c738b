import Mustache

/// A text value as templates see it. swift-mustache prints a plain `String` only after three failed
/// casts, an optional check and `String(describing:)`, and reflects it with `Mirror` on every lookup
/// while a section such as `{{#preamble}}` holds it on the context stack; this wrapper answers each
/// of those through a protocol of the library's own: rendered as its text, escaped as before, no
/// children, and the library's string transforms (`{{uppercased(title)}}`) unchanged.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
    /// The text exactly as a `String` would render.
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }

    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }
}
