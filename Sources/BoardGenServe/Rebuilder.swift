import Foundation
import Synchronization

/// Runs builds one at a time on its own thread. Requests that arrive while waiting or building are
/// gathered: a burst of saves (an editor's write-then-rename, or a hundred saves a second) makes
/// one build once the files have been quiet for `quiet`, or at the latest `longest` after the first.
/// A request that completes a save (a file closed after writing, or renamed into place) is built
/// at once: waiting `quiet` would only delay the page; a later request makes the next build.
final class Rebuilder: Sendable {
    private struct State {
        var changed: [String] = []
        var first: ContinuousClock.Instant?
        var last: ContinuousClock.Instant?
        /// The last request completed a save.
        var isCompletedSave = false
        var isStarted = false
        var isStopped = false
    }

    private let state = Mutex(State())
    private let wakeUp = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private let quiet: Duration
    private let longest: Duration
    private let build: @Sendable ([String]) -> Void

    /// `build` runs on the rebuilder's thread with the paths changed since the previous build.
    init(
        quiet: Duration = .milliseconds(8), longest: Duration = .milliseconds(80),
        build: @escaping @Sendable ([String]) -> Void
    ) {
        self.quiet = quiet
        self.longest = longest
        self.build = build
    }

    /// Starts the thread.
    func start() {
        state.withLock { $0.isStarted = true }
        let thread = Thread { [self] in
            self.loop()
            self.done.signal()
        }
        thread.name = "boardgen-rebuild"
        thread.start()
    }

    /// Asks for a build (from any thread): at once when `isCompletedSave`, else once the requests are
    /// quiet; nil (only attributes changed) leaves it as the previous request said.
    func request(_ paths: [String], isCompletedSave: Bool? = false) {
        let now = ContinuousClock.now
        state.withLock { state in
            state.changed += paths
            if state.first == nil { state.first = now }
            state.last = now
            state.isCompletedSave = isCompletedSave ?? state.isCompletedSave
        }
        wakeUp.signal()
    }

    /// Stops after the build in progress, if any, and waits for the thread to end.
    func stop() {
        let wasRunning = state.withLock { state in
            defer { state.isStopped = true }
            return state.isStarted && !state.isStopped
        }
        guard wasRunning else { return }
        wakeUp.signal()
        done.wait()
    }
}

private extension Rebuilder {
    func loop() {
        while true {
            wakeUp.wait()
            guard let changed = takeWhenQuiet() else { return }
            if let changed { build(changed) }
        }
    }

    /// Waits until the requests have been quiet long enough; the gathered paths, `.some(nil)` when
    /// there was nothing to do (a wake-up already served), nil when stopped.
    func takeWhenQuiet() -> [String]?? {
        while true {
            let now = ContinuousClock.now
            let (isStopped, first, last, isComplete) = state.withLock {
                ($0.isStopped, $0.first, $0.last, $0.isCompletedSave)
            }
            if isStopped { return nil }
            guard let first, let last else { return .some(nil) }
            let due = isComplete ? now : min(last + quiet, first + longest)
            if now >= due {
                return state.withLock { state in
                    defer { (state.changed, state.first, state.last, state.isCompletedSave) = ([], nil, nil, false) }
                    return state.changed
                }
            }
            Thread.sleep(
                forTimeInterval: Double((due - now).components.attoseconds) / 1e18
                    + Double((due - now).components.seconds))
        }
    }
}
