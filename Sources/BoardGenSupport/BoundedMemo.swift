import Synchronization

/// Results of a pure function kept by argument, for work a process repeats on every build with the same input
/// (`serve` rebuilds after each edit; a multi-site check renders the same texts for every school). Bounded: when
/// it holds `limit` entries it starts again, so a long-running server does not keep everything it ever saw.
package final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let entries = Mutex<[Key: Value]>([:])
    private let limit: Int

    /// An empty memo holding at most `limit` results.
    package init(limit: Int) {
        self.limit = limit
    }

    /// The result for `key`: the kept one, or `make(key)` (kept unless nil). `make` runs outside the lock, so
    /// two threads may compute the same result once each; both get equal values.
    package func value(for key: Key, make: (Key) -> Value?) -> Value? {
        if let known = entries.withLock({ $0[key] }) { return known }
        guard let value = make(key) else { return nil }
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }
}
