import Dispatch

/// Work started on a background thread now, whose result is waited for later. A rebuild works out
/// what it keeps for the next build (which needs only the load) while the pages render, instead of
/// after the output is in place: that was the last 40 ms of a rebuild of 10,000 pages, on one core.
package final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // `@unchecked Sendable`: `result` is written once, before `done` is signalled, and read only
    // after waiting for that signal.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a background thread.
    package init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The result, once the work is done (waits for it).
    package var value: Value {
        done.wait()
        defer { done.signal() }  // for the next reader
        guard let result else { preconditionFailure("background work signalled before it had a result") }
        return result
    }
}
