import ScheduleModel

extension Diagnostic {
    /// The one conversion of a schedule-library finding about a notation written in the content:
    /// `in '<notation>': <message>`, at the finding's column within the notation, with its code
    /// and severity.
    package init(_ finding: ScheduleDiagnostic, in notation: String, at start: SourceLocation) {
        self.init(
            finding.code, "in '\(notation)': \(finding.message)", at: start.advanced(by: max(finding.column - 1, 0)),
            severity: Severity(finding.severity))
    }

    /// The one conversion of a timetable consistency finding, placed at `location` (the timetable
    /// or person it concerns).
    package init(_ finding: ConsistencyFinding, at location: SourceLocation) {
        self.init(finding.code, finding.message, at: location, severity: Severity(finding.severity))
    }
}

private extension Diagnostic.Severity {
    init(_ severity: ScheduleDiagnostic.Severity) {
        switch severity {
        case .error: self = .error
        case .warning: self = .warning
        }
    }
}
