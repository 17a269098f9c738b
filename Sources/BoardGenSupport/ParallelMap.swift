import Foundation

extension Array where Element: Sendable {
    /// Maps the elements on all cores, keeping their order; the per-page work of a build
    /// (Markdown, templates) is independent, so pages render side by side, and so are the sites
    /// of a multi-site `build` or `check`.
    ///
    /// Each result is moved straight into its place in the new array: no optional slots, no lock and
    /// no second copy (storing and unwrapping optionals was a tenth of a rebuild's instructions).
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            guard let start = buffer.baseAddress else { return }
            let slots = UninitializedSlots(start: start)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.initialize(index, to: transform(self[index]))
            }
            // concurrentPerform returns after every iteration has finished, so all are written.
            initializedCount = count
        }
    }
}

extension Array where Element: Sendable {
    /// Runs `body` for every element on all cores (the order of the calls is unspecified).
    package func parallelForEach(_ body: @Sendable (Element) -> Void) {
        guard count > 1 else { return forEach(body) }
        DispatchQueue.concurrentPerform(iterations: count) { index in body(self[index]) }
    }
}

/// The new array's uninitialized elements, each initialized by exactly one iteration.
/// `@unchecked Sendable`: iterations write disjoint elements, and the array is read only after
/// `concurrentPerform` has returned.
private struct UninitializedSlots<T>: @unchecked Sendable {
    let start: UnsafeMutablePointer<T>

    func initialize(_ index: Int, to value: consuming T) {
        (start + index).initialize(to: value)
    }
}
