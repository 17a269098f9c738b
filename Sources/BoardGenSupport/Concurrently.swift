import Dispatch

/// Runs two independent pieces of work side by side.
package enum Concurrently {
    /// Runs `second` on another thread while `first` runs on this one, and returns both results once both are
    /// done. A build parses its templates this way while the content loads.
    ///
    /// `first` runs on the calling thread, not as an iteration of `concurrentPerform`: libdispatch runs a
    /// `concurrentPerform` nested in another one with the width the outer one left, so on two cores the
    /// content's own `parallelMap` ran on one thread (the whole load of the 10,000-page site, 1.2 s).
    package static func run<First, Second: Sendable>(
        _ first: () -> First, _ second: @escaping @Sendable () -> Second
    ) -> (First, Second) {
        let result = SecondResult<Second>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async {
            result.value = second()
            done.signal()
        }
        let firstValue = first()
        done.wait()
        // The semaphore is signalled after the value is stored, so it is there.
        guard let secondValue = result.value else { preconditionFailure("the second piece of work gave no result") }
        return (firstValue, secondValue)
    }
}

private extension Concurrently {
    /// The second result while the work runs. `@unchecked Sendable`: written once by the second piece of work
    /// and read only after its semaphore was signalled.
    final class SecondResult<Second>: @unchecked Sendable {
        var value: Second?
    }
}
