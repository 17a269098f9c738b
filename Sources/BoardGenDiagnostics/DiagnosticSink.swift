import Foundation

/// A shared collector that loaders and renderers report into; safe to use from the parallel
/// rendering of pages (a lock guards the bag, and the bag is sorted before anyone reads it).
package final class DiagnosticSink: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = DiagnosticBag()

    /// Everything reported so far.
    package var bag: DiagnosticBag {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    package func error(_ code: String, _ message: String, at location: SourceLocation) {
        report(.error(code, message, at: location))
    }

    package func warning(_ code: String, _ message: String, at location: SourceLocation) {
        report(.warning(code, message, at: location))
    }

    package func report(_ diagnostic: Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        collected.report(diagnostic)
    }

    package func report(_ diagnostics: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        collected.append(contentsOf: diagnostics)
    }

    /// Makes an empty value.
    package init() {}
}
