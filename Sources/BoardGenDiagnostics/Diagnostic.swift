/// One finding about the content, the templates or the output, printed as
/// `path:line:column: error|warning: [CODE] message`.
public struct Diagnostic: Sendable, Hashable, Comparable, Codable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// A stable code such as `BG101`; codes are grouped by area (BG1xx load and YAML,
    /// BG2xx schedule, BG3xx Markdown and links, BG4xx publication, BG5xx board,
    /// BG6xx templates, BG7xx output).
    public var code: String
    /// Error or warning.
    public var severity: Severity
    /// A human sentence saying what is wrong and what to do.
    public var message: String
    /// Where the fault is; the file is relative to the content folder when possible.
    public var location: SourceLocation
    /// The required item a publication finding is about (`contact:it-phone`), if any.
    public var item: String?
    /// The audience a publication finding is about, if any.
    public var audience: String?

    /// Makes a diagnostic.
    public init(
        _ severity: Severity, _ code: String, _ message: String, at location: SourceLocation,
        item: String? = nil, audience: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
        self.item = item
        self.audience = audience
    }

    /// An error diagnostic.
    public static func error(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, message, at: location)
    }

    /// A warning diagnostic.
    public static func warning(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }

    /// The conventional one-line form: `path:line:column: error: [CODE] message`.
    public var formatted: String {
        "\(location): \(severity.rawValue): [\(code)] \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.code, lhs.message) < (rhs.location, rhs.code, rhs.message)
    }
}
extension Diagnostic: Error {}
