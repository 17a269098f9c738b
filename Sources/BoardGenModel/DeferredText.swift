import Synchronization

/// A text read only when it is first used, then kept: the body of a regulation that the build
/// cache kept decoded (its file unchanged), which only a page that is rendered again needs.
package final class DeferredText: Sendable {
    private let read: @Sendable () -> String
    private let value = Mutex<String?>(nil)

    /// A text that `read` produces the first time it is asked for.
    package init(_ read: @escaping @Sendable () -> String) {
        self.read = read
    }

    /// The text (read now if it was not yet).
    package var text: String {
        if let known = value.withLock({ $0 }) { return known }
        let text = read()
        return value.withLock { stored in
            if stored == nil { stored = text }
            return stored ?? text
        }
    }

    /// True once the text was read.
    package var isRead: Bool { value.withLock { $0 != nil } }
}
