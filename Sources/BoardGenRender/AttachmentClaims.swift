import Synchronization

/// The attachments of one build that a regulation page already handed on: a file linked from
/// several regulations is read and written once, by whichever page renders first (the bytes are
/// the same either way, so the output does not depend on the order).
final class AttachmentClaims: Sendable {
    private let claimed = Mutex(Set<String>())

    /// True the first time a path is claimed, false after.
    func claim(_ path: String) -> Bool {
        claimed.withLock { $0.insert(path).inserted }
    }
}
