import BoardGenModel
import Foundation
import Synchronization

/// What judging each page found, for `serve`: the check after a rebuild parses again only the
/// pages whose bytes changed. An entry keeps the page's bytes, compared in full; every entry is
/// forgotten when what the pages are judged against (the site's required items) changed.
package final class PageMarksMemo: Sendable {
    struct Entry: Sendable {
        var contents: Data
        var links: Set<String>
        var sightings: [PublishedItem: PublishedMarks.Sighting]
    }

    private struct State {
        var expectations: [PublishedItem: ExpectedContent] = [:]
        var entries: [String: Entry] = [:]
        var reused = 0
    }

    private let state = Mutex(State())

    /// Makes an empty memo.
    package init() {}

    /// How many pages the checks so far took from the memo instead of parsing them.
    package var reusedCount: Int { state.withLock { $0.reused } }

    /// Starts judging against `expectations`: the entries of other expectations are dropped.
    func begin(_ expectations: [PublishedItem: ExpectedContent]) {
        state.withLock { state in
            if state.expectations != expectations { (state.expectations, state.entries) = (expectations, [:]) }
        }
    }

    /// What `page` showed the last time it held exactly `contents`.
    func entry(page: String, contents: Data) -> Entry? {
        state.withLock { state in
            guard let entry = state.entries[page], entry.contents == contents else { return nil }
            state.reused += 1
            return entry
        }
    }

    /// Keeps what `page` showed.
    func store(_ entry: Entry, page: String) {
        state.withLock { $0.entries[page] = entry }
    }

    /// Forgets the pages a build no longer makes (renamed or removed while `serve` runs).
    package func keep(only pages: Set<String>) {
        state.withLock { state in state.entries = state.entries.filter { pages.contains($0.key) } }
    }
}
