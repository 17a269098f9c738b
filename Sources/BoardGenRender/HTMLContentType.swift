import BoardGenSupport
import Mustache

/// The escaping every boardgen template uses: swift-mustache's own HTML escaping (the same five
/// characters, the same entities), registered through its content-type extension point. The
/// library's default looks each Character up in a dictionary, which for Cyrillic text means
/// Unicode normalisation per letter and was a tenth of a page's rendering; this scans UTF-8 bytes
/// and returns text without special characters unchanged.
struct HTMLContentType: MustacheContentType {
    /// The name templates select it by (`{{% CONTENT_TYPE: BOARDGEN_HTML}}`).
    package static let name = "BOARDGEN_HTML"

    /// The line put before every template's text; standalone, so it adds nothing to the output.
    static let pragmaLine = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type with swift-mustache, once per process.
    static let register: Void = MustacheContentTypes.register(HTMLContentType(), named: name)

    func escapeText(_ text: String) -> String { text.htmlEscaped }
}
