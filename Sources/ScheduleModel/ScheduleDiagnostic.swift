/// A problem found while reading or checking a schedule, pointing at the offending text.
public struct ScheduleDiagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// The input cannot be used.
        case error
        /// The input was used but looks wrong.
        case warning
    }

    /// The stable code, printed as its raw value, e.g. BG202.
    public var code: ScheduleCode
    /// Error or warning.
    public var severity: Severity
    /// An English message saying what was expected and quoting the offending text.
    public var message: String
    /// 1-based column, in Characters, of the offending text within the parsed string.
    public var column: Int
    /// Length of the offending text in Characters (at least 1).
    public var length: Int

    /// Creates a diagnostic; the severity defaults to the code's `defaultSeverity`.
    public init(code: ScheduleCode, severity: Severity? = nil, message: String, column: Int, length: Int) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.column = max(1, column)
        self.length = max(1, length)
    }

    /// "1:COLUMN: error: [CODE] message", the tail of a compiler-style line.
    public var description: String { "1:\(column): \(severity.rawValue): [\(code.rawValue)] \(message)" }

    /// Renders a compiler-style line: `<source>:1:COLUMN: error: [CODE] message`.
    public func render(source: String) -> String { "\(source):\(description)" }
}

/// Why a notation could not be read: one or more error diagnostics (and possibly warnings).
public struct ScheduleParseFailure: Error, Hashable, Sendable {
    /// The diagnostics, in order of column.
    public var diagnostics: [ScheduleDiagnostic]

    /// Creates a failure from diagnostics.
    public init(diagnostics: [ScheduleDiagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.column, $0.code.rawValue) < ($1.column, $1.code.rawValue) }
    }
}
