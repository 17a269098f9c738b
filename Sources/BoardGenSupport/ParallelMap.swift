import Foundation

extension Array where Element: Sendable {
    /// Maps the elements on all cores, keeping their order; the per-page work of a build
    /// (Markdown, templates) is independent, so pages render side by side, and so are the sites
    /// of a multi-site `build` or `check`.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, transform(self[index]))
        }
        return results.values
    }
}

/// Write-once slots filled from several threads, each index by exactly one of them.
/// `@unchecked Sendable`: each slot is written by exactly one thread and read after all have joined.
private final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [T] { storage.map { $0! } }
}

extension Array where Element: Sendable {
    /// Runs `body` for every element on all cores (the order of the calls is unspecified).
    package func parallelForEach(_ body: @Sendable (Element) -> Void) {
        guard count > 1 else { return forEach(body) }
        DispatchQueue.concurrentPerform(iterations: count) { index in body(self[index]) }
    }
}
