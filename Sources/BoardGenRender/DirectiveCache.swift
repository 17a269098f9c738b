import BoardGenSupport
import Foundation

/// Directive output shared by all regulation pages of a build: `contacts parents` renders the same
/// HTML on every page (they all sit at the same depth), so it is rendered once. Thread-safe, since
/// pages render in parallel. `deadlines` depends on its regulation and is never cached.
/// `@unchecked Sendable`: the cached HTML is read and written under the class's own lock.
final class DirectiveCache: @unchecked Sendable {
    private let lock = NSLock()
    private var html: [String: String] = [:]

    /// The cached HTML for a directive, or the result of `render` (cached when it succeeds).
    func html(
        for words: [String], render: () -> Result<String, DirectiveRenderer.Failure>
    ) -> Result<String, DirectiveRenderer.Failure> {
        guard words.first != "deadlines" else { return render() }
        let key = words.joined(separator: " ")
        if let cached = cached(key) { return .success(cached) }
        let result = render()
        if case .success(let text) = result { store(text, for: key) }
        return result
    }

    /// The HTML of an inline marker (`[[contact ID]]`), rendered once per build.
    func inlineHTML(for key: String, render: () -> String) -> String {
        let key = "[[\(key)]]"
        if let cached = cached(key) { return cached }
        let text = render()
        store(text, for: key)
        return text
    }
}

private extension DirectiveCache {
    func cached(_ key: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return html[key]
    }

    func store(_ text: String, for key: String) {
        lock.lock()
        html[key] = text
        lock.unlock()
    }
}
