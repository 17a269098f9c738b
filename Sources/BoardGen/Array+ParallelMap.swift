import Foundation

extension Array where Element: Sendable {
    /// Maps the sites side by side (each also renders its pages on all cores), keeping their order.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        let lock = NSLock()
        results.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let result = transform(self[index])
                lock.lock()
                slots[index] = result
                lock.unlock()
            }
        }
        return results.map { $0! }
    }
}
