import ScheduleModel

/// One finding about the content, the templates or the output, printed as
/// `path:line:column: error|warning: [CODE] message`.
public struct Diagnostic: Sendable, Hashable, Comparable, Codable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// A registered code such as `BG101` (see `DiagnosticRegistry`); codes are grouped by area
    /// (BG1xx load and YAML, BG2xx schedule, BG3xx Markdown and links, BG4xx publication,
    /// BG5xx board, BG6xx templates, BG7xx output).
    public private(set) var code: String
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

    /// Makes a diagnostic with a registered code; its severity is the code's unless the check
    /// that raises it decides otherwise (a policy that makes a finding an error or a warning).
    public init(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation, severity: Severity? = nil,
        item: String? = nil, audience: String? = nil
    ) {
        self.init(registered: code, message, at: location, severity: severity, item: item, audience: audience)
    }

    /// Makes a diagnostic with a schedule-library code (BG2xx) raised outside the library.
    public init(
        _ code: ScheduleCode, _ message: String, at location: SourceLocation, severity: Severity? = nil,
        item: String? = nil, audience: String? = nil
    ) {
        self.init(registered: code, message, at: location, severity: severity, item: item, audience: audience)
    }

    private init(
        registered code: some RegisteredCode, _ message: String, at location: SourceLocation, severity: Severity?,
        item: String?, audience: String?
    ) {
        self.code = code.rawValue
        self.severity = severity ?? code.severity
        self.message = message
        self.location = location
        self.item = item
        self.audience = audience
    }

    /// The registry entry of this diagnostic's code.
    public var registeredCode: (any RegisteredCode)? { DiagnosticRegistry.code(code) }

    /// True when the diagnostic is about how boardgen was called (exit code 2), not about content.
    public var isUsageError: Bool { registeredCode?.isUsageError ?? false }

    /// The conventional one-line form: `path:line:column: error: [CODE] message`.
    public var formatted: String {
        "\(location): \(severity.rawValue): [\(code)] \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.code, lhs.message) < (rhs.location, rhs.code, rhs.message)
    }
}

extension Diagnostic: Error {}
