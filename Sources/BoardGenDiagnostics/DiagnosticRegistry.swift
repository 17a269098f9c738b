import ScheduleModel

/// Every diagnostic code boardgen can report, in number order: `DiagnosticCode` (load, Markdown,
/// publication, board, templates, output) and the schedule library's `ScheduleCode` (BG2xx).
public enum DiagnosticRegistry {
    /// All codes, sorted by number.
    public static let all: [any RegisteredCode] =
        (DiagnosticCode.allCases.map { $0 as any RegisteredCode }
        + ScheduleCode.allCases.map { $0 as any RegisteredCode })
        .sorted { $0.number < $1.number }

    /// The registered code printed as `code` (`BG107`, case-insensitive), if there is one.
    public static func code(_ code: String) -> (any RegisteredCode)? {
        let wanted = code.uppercased()
        return all.first { $0.rawValue == wanted }
    }

    /// The codes of one area, sorted by number.
    public static func codes(in area: DiagnosticArea) -> [any RegisteredCode] {
        all.filter { $0.area == area }
    }
}

extension ScheduleCode: RegisteredCode {
    /// The schedule library's severity, as a diagnostic's.
    public var severity: Diagnostic.Severity {
        switch defaultSeverity {
        case .error: .error
        case .warning: .warning
        }
    }

    /// Every schedule code belongs to the schedule area.
    public var area: DiagnosticArea { .schedule }

    /// Notations and timetables are content, never command-line usage.
    public var isUsageError: Bool { false }
}
