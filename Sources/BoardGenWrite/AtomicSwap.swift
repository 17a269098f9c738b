import BoardGenSupport
import CRenameExchange
import Foundation

/// Puts a freshly written folder in place of the old output in one step. The only file that
/// calls the C wrapper around renameat2(RENAME_EXCHANGE).
enum AtomicSwap {
    /// Replaces `target` with `staging`. With an existing target the two are exchanged atomically,
    /// so at every instant `target` is either the complete old or the complete new output; the old
    /// one ends up at `staging` and is deleted. Returns false when the exchange is unsupported.
    static func exchange(_ staging: URL, with target: URL) -> Bool {
        staging.path.withCString { from in
            target.path.withCString { to in boardgen_rename_exchange(from, to) == 0 }
        }
    }
}
