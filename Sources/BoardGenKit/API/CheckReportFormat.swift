import BoardGenBoard
import BoardGenCheck
import BoardGenDiagnostics
import BoardGenModel
import BoardGenRender
import BoardGenSupport
import BoardGenWrite
import Foundation
import ScheduleModel

/// The output formats of `boardgen check`: human lines, a stable JSON document, GitHub annotations.
public enum CheckReportFormat: String, Sendable, CaseIterable {
    case human
    case json
    case github

    /// The schema version of the JSON document (docs/check-schema.json).
    public static let schemaVersion = 1

    fileprivate struct Document: Encodable {
        var schemaVersion: Int
        var findings: [Finding]
        var summary: Summary
        var publication: [PublicationRow]
    }

    fileprivate struct Finding: Encodable {
        var code: String
        var severity: String
        var message: String
        package var file: String
        package var line: Int
        package var column: Int
        package var item: String?
        var audience: String?
    }

    fileprivate struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var passed: Bool
    }

    /// Renders the findings of one site; `display` maps a diagnostic's file to the path shown to the user.
    public func render(_ result: CheckResult, strict: Bool, display: (Diagnostic) -> String) -> String {
        render([("", result)], strict: strict) { _, diagnostic in display(diagnostic) }
    }

    /// Renders the findings of several sites (content folder, result) as one report. In JSON, each
    /// publication row names its content folder (`content`) when there is more than one site.
    public func render(
        _ sites: [(content: String, result: CheckResult)], strict: Bool,
        display: (String, Diagnostic) -> String
    ) -> String {
        let shown = sites.flatMap { site in site.result.diagnostics.map { (content: site.content, diagnostic: $0) } }
        switch self {
        case .human:
            return shown.map { content, diagnostic in
                var copy = diagnostic
                copy.location.file = display(content, diagnostic)
                return copy.formatted
            }.joined(separator: "\n")
        case .github:
            return shown.map { Self.annotation($0.diagnostic, file: display($0.content, $0.diagnostic)) }.joined(
                separator: "\n")
        case .json:
            return Self.document(sites, shown: shown, strict: strict, display: display)
        }
    }
}

private extension CheckReportFormat {
    /// `::error file=…,line=…,col=…::[CODE] message`, with the message escaped for GitHub.
    static func annotation(_ diagnostic: Diagnostic, file: String) -> String {
        let level = diagnostic.severity == .error ? "error" : "warning"
        let message = "[\(diagnostic.code)] \(diagnostic.message)".replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        return "::\(level) file=\(file),line=\(diagnostic.location.line),col=\(diagnostic.location.column)::\(message)"
    }

    /// The JSON document of docs/check-schema.json.
    static func document(
        _ sites: [(content: String, result: CheckResult)], shown: [(content: String, diagnostic: Diagnostic)],
        strict: Bool, display: (String, Diagnostic) -> String
    ) -> String {
        let errors = shown.filter { $0.diagnostic.severity == .error }.count
        let warnings = shown.count - errors
        let rows = sites.flatMap { site in
            site.result.rows.map { row in
                var row = row
                if sites.count > 1 { row.content = site.content }
                return row
            }
        }
        let findings = shown.map { content, diagnostic in
            Finding(
                code: diagnostic.code, severity: diagnostic.severity.rawValue, message: diagnostic.message,
                file: display(content, diagnostic), line: diagnostic.location.line, column: diagnostic.location.column,
                item: diagnostic.item, audience: diagnostic.audience)
        }
        let document = Document(
            schemaVersion: schemaVersion, findings: findings,
            summary: Summary(errors: errors, warnings: warnings, passed: errors == 0 && (!strict || warnings == 0)),
            publication: rows)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
