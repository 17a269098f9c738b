import Foundation

/// The output formats of `boardgen check`: human lines, a stable JSON document, GitHub annotations.
public enum CheckReportFormat: String, Sendable, CaseIterable {
    case human
    case json
    case github

    /// The schema version of the JSON document (docs/check-schema.json).
    public static let schemaVersion = 1

    private struct Document: Encodable {
        var schemaVersion: Int
        var findings: [Finding]
        var summary: Summary
        var publication: [PublicationRow]
    }

    private struct Finding: Encodable {
        var code: String
        var severity: String
        var message: String
        var file: String
        var line: Int
        var column: Int
        var item: String?
        var audience: String?
    }

    private struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var passed: Bool
    }

    /// Renders findings; `display` maps a diagnostic's file to the path shown to the user.
    public func render(_ result: SiteChecker.Result, strict: Bool, display: (Diagnostic) -> String) -> String {
        switch self {
        case .human:
            return result.diagnostics.map { diagnostic in
                var shown = diagnostic
                shown.location.file = display(diagnostic)
                return shown.formatted
            }.joined(separator: "\n")
        case .github:
            return result.diagnostics.map { diagnostic in
                let level = diagnostic.severity == .error ? "error" : "warning"
                let message = "[\(diagnostic.code)] \(diagnostic.message)".replacingOccurrences(of: "%", with: "%25")
                    .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
                return "::\(level) file=\(display(diagnostic)),line=\(diagnostic.location.line),col=\(diagnostic.location.column)::\(message)"
            }.joined(separator: "\n")
        case .json:
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            let warnings = result.diagnostics.count - errors
            let document = Document(
                schemaVersion: Self.schemaVersion,
                findings: result.diagnostics.map {
                    Finding(code: $0.code, severity: $0.severity.rawValue, message: $0.message, file: display($0),
                            line: $0.location.line, column: $0.location.column, item: $0.item, audience: $0.audience)
                },
                summary: Summary(errors: errors, warnings: warnings, passed: errors == 0 && (!strict || warnings == 0)),
                publication: result.rows)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        }
    }
}
