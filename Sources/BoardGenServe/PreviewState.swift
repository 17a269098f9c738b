import Foundation
import Synchronization

/// The site being served and the open pages listening for changes. A new build is swapped in
/// under the lock and only then announced, so a page told to reload always gets the new build.
final class PreviewState: Sendable {
    private struct State {
        var snapshot: SiteSnapshot?
        var status = PreviewStatus()
        var listeners: [Int: AsyncStream<String>.Continuation] = [:]
        var nextListener = 0
        var isClosed = false
    }

    private let state = Mutex(State())

    /// The site as last built successfully (nil before the first good build).
    var snapshot: SiteSnapshot? { state.withLock { $0.snapshot } }
    /// What pages were last told.
    var status: PreviewStatus { state.withLock { $0.status } }
    /// How many pages listen (for tests of leaks).
    var listenerCount: Int { state.withLock { $0.listeners.count } }

    /// Swaps in a new snapshot (nil keeps the current one) and tells every listener.
    func publish(_ snapshot: SiteSnapshot?, status: PreviewStatus) {
        let listeners = state.withLock { state -> [AsyncStream<String>.Continuation] in
            if let snapshot { state.snapshot = snapshot }
            state.status = status
            return Array(state.listeners.values)
        }
        let event = status.event
        for listener in listeners { listener.yield(event) }
    }

    /// Sets the check's findings on the build being served, when `isCurrent` still holds (no newer
    /// build started), and tells every listener; false when it did not hold.
    func publishFindings(_ findings: [PreviewStatus.Line], if isCurrent: () -> Bool) -> Bool {
        let told = state.withLock { state -> (PreviewStatus, [AsyncStream<String>.Continuation])? in
            guard isCurrent() else { return nil }
            state.status.findings = findings
            state.status.isChecking = false
            return (state.status, Array(state.listeners.values))
        }
        guard let (status, listeners) = told else { return false }
        let event = status.event
        for listener in listeners { listener.yield(event) }
        return true
    }

    /// A stream of events for one page: the current state first, then one per build.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(4))
        let accepted = state.withLock { state -> PreviewStatus? in
            guard !state.isClosed else { return nil }
            let id = state.nextListener
            state.nextListener += 1
            state.listeners[id] = continuation
            continuation.onTermination = { [weak self] _ in
                self?.state.withLock { _ = $0.listeners.removeValue(forKey: id) }
            }
            return state.status
        }
        if let accepted {
            continuation.yield(accepted.event)
        } else {
            continuation.finish()
        }
        return stream
    }

    /// Sends a comment to every listener, so that a page that went away is noticed and dropped.
    func ping() {
        let listeners = state.withLock { Array($0.listeners.values) }
        for listener in listeners { listener.yield(": ping\n\n") }
    }

    /// Ends every stream (the server is stopping) and refuses new ones.
    func close() {
        let listeners = state.withLock { state -> [AsyncStream<String>.Continuation] in
            state.isClosed = true
            defer { state.listeners = [:] }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.finish() }
    }
}
