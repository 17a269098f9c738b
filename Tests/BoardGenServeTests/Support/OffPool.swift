import Foundation

/// Runs blocking work (curl, a browser's pipe, waiting for events) on a Dispatch thread, so that
/// it never holds one of the few threads of Swift's cooperative pool that the server's tasks need.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try body() })
        }
    }
}
