import ScheduleModel
import Synchronization

/// A shared collector that loaders and renderers report into; safe to use from the parallel
/// rendering of pages (a mutex the sink owns guards the bag, which is sorted before anyone reads it).
package final class DiagnosticSink: Sendable {
    private let collected = Mutex(DiagnosticBag())

    /// Makes an empty sink.
    package init() {}

    /// Everything reported so far.
    package var bag: DiagnosticBag {
        collected.withLock { $0 }
    }

    /// Reports a finding with a registered code (its severity is the code's unless given).
    package func report(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation, severity: Diagnostic.Severity? = nil
    ) {
        report(Diagnostic(code, message, at: location, severity: severity))
    }

    /// Reports a finding with a schedule-library code (BG2xx) raised outside the library.
    package func report(
        _ code: ScheduleCode, _ message: String, at location: SourceLocation, severity: Diagnostic.Severity? = nil
    ) {
        report(Diagnostic(code, message, at: location, severity: severity))
    }

    /// Reports a finding made elsewhere.
    package func report(_ diagnostic: Diagnostic) {
        collected.withLock { $0.report(diagnostic) }
    }

    /// Reports several findings.
    package func report(_ diagnostics: [Diagnostic]) {
        collected.withLock { $0.append(contentsOf: diagnostics) }
    }
}
