import Dispatch

/// Frees values on a background thread. A build ends holding large graphs (10,000 regulations
/// decoded, the cache's records of 10,000 pages); freeing them one object at a time on the
/// caller's thread was a tenth of a rebuild that changed one page. The process may end before
/// the background thread is done, which is fine: the system takes the memory back at once.
package enum BackgroundRelease {
    /// Takes the caller's reference to `value` (pass it with `consume`) and drops it later on
    /// another thread, where the memory is freed if that was the last reference.
    package static func drop<Value>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }
}

private extension BackgroundRelease {
    /// The value while it waits for the background thread. `@unchecked Sendable`: the value is
    /// only released there, never read.
    final class Box: @unchecked Sendable {
        private var value: Any?

        init(_ value: Any) {
            self.value = value
        }

        func empty() {
            value = nil
        }
    }
}
