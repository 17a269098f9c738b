import Dispatch

/// Runs two independent pieces of work side by side.
package enum Concurrently {
    /// Runs `first` and `second` on two cores (or one after the other when only one is free) and
    /// returns both results once both are done. A rebuild loads its templates this way while the
    /// content loads on the other core: that part of the load runs on one thread.
    package static func run<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let results = Results<First, Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                results.first = first()
            } else {
                results.second = second()
            }
        }
        // concurrentPerform returns after both iterations, so both results are there.
        guard let first = results.first, let second = results.second else {
            preconditionFailure("concurrentPerform returned before both iterations ran")
        }
        return (first, second)
    }
}

private extension Concurrently {
    /// The two results while the work runs. `@unchecked Sendable`: each is written by one iteration
    /// and read only after `concurrentPerform` has returned.
    final class Results<First, Second>: @unchecked Sendable {
        var first: First?
        var second: Second?
    }
}
