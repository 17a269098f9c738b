import Foundation
import ScheduleModel

/// A shared collector that loaders and renderers report into; safe to use from the parallel
/// rendering of pages (a lock guards the bag, and the bag is sorted before anyone reads it).
/// `@unchecked Sendable`: the only mutable state is `collected`, read and written under `lock`.
package final class DiagnosticSink: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = DiagnosticBag()

    /// Makes an empty sink.
    package init() {}

    /// Everything reported so far.
    package var bag: DiagnosticBag {
        lock.withLock { collected }
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
        lock.withLock { collected.report(diagnostic) }
    }

    /// Reports several findings.
    package func report(_ diagnostics: [Diagnostic]) {
        lock.withLock { collected.append(contentsOf: diagnostics) }
    }
}
