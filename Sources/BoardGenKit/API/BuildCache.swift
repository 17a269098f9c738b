import BoardGenCheck
import BoardGenDiagnostics
import BoardGenLoad
import BoardGenRender
import BoardGenSupport
import BoardGenWrite
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Keeps what a build rendered for the next build (issue 17): each regulation page under the
/// fingerprint of its inputs — its own file, the site-wide inputs (every other content file, the
/// front matter of every regulation, boardgen itself, "today") — so that a rebuild after one
/// edited page renders only that page; an edit of site-wide data renders everything again. The
/// home, contacts, index and board pages, feeds and assets read the whole site and are always
/// rendered. Output stays byte-identical to a cold build.
///
/// `build` keeps it in a file next to the output folder and links the unchanged pages from the
/// previous output (checked by inode, size and modification time, so a page edited by hand is
/// rendered again); `serve` keeps the pages in memory, and the decoded regulations too, so that
/// only the edited file is read into the model again. A build whose rendering reported anything
/// stores nothing: the next build renders everything and reports it again.
public final class BuildCache: Sendable {
    /// One cached job: the key it was made for, its files and the attachments its page links.
    struct Entry: Sendable {
        var key: String
        var files: [StoredFile]
        var attachments: [Attachment]
        /// Where the entry's lines are in the cache file it was read from (`keptBytes`): a rebuild
        /// that takes the entry unchanged copies them instead of formatting them again.
        var lines: Range<Int>? = nil
    }

    /// One file of a cached job: by stamp in an output folder, or by its bytes in memory.
    struct StoredFile: Sendable {
        var path: String
        var stamp: FileStamp?
        var contents: Data?
    }

    /// The file the cache is kept in (nil: in memory only).
    public let file: URL?
    /// What identifies the boardgen build (the CLI hashes its own executable).
    public let toolIdentity: String
    /// The regulations decoded by the previous builds (in memory only: `serve`).
    let loads: LoadMemo?
    /// What the previous checks found on each page (in memory only: `serve`).
    let pageMarks: PageMarksMemo?
    private let entries = Mutex<[String: Entry]?>(nil)
    /// The sources of `entries` in the order of the file they were read from or written to: sorted,
    /// unless the file was not one boardgen wrote.
    private let order = Mutex<[String]>([])
    /// The bytes of the cache file the entries were read from, while their `lines` point into them.
    private let keptBytes = Mutex<Data?>(nil)

    /// A cache kept in `file` between runs (read at the first build, rewritten after each).
    public init(file: URL, toolIdentity: String) {
        self.file = file
        self.toolIdentity = toolIdentity
        self.loads = nil
        self.pageMarks = nil
    }

    /// A cache kept in memory (`serve`): the pages' bytes themselves.
    public init(toolIdentity: String) {
        self.file = nil
        self.toolIdentity = toolIdentity
        self.loads = LoadMemo()
        self.pageMarks = PageMarksMemo()
        entries.withLock { $0 = [:] }
    }

    /// The default place of a build's cache: a hidden file next to the output folder, never
    /// inside it (the output is published as it is).
    public static func defaultFile(forOutput output: URL) -> URL {
        let folder = output.standardizedFileURL
        return folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).boardgen-cache")
    }
}

extension BuildCache {
    /// What the previous build learnt of its content (kept beside the cache's file; nil in memory):
    /// the files' stamps and the regulations it decoded, read while the previous build's entries are
    /// read, each file on its own core.
    func readStored() -> (inputs: StoredInputs?, regulations: StoredRegulations?) {
        let stored = Mutex<(StoredInputs?, StoredRegulations?)>((nil, nil))
        [0, 1, 2].parallelForEach { part in
            switch part {
            case 0:
                let read = self.file.flatMap { StoredInputs.read(StoredInputs.file(besideCache: $0)) }
                stored.withLock { $0.0 = read }
            case 1:
                let read = self.file.flatMap { StoredRegulations.read(StoredRegulations.file(besideCache: $0)) }
                stored.withLock { $0.1 = read }
            default:
                _ = self.previous
            }
        }
        return stored.withLock { $0 }
    }

    /// The entries of the previous build (read from the file the first time).
    var previous: [String: Entry] {
        entries.withLock { entries in
            if entries == nil {
                let read = file.flatMap(Self.read)
                entries = read?.entries ?? [:]
                order.withLock { $0 = read?.order ?? [] }
                keptBytes.withLock { $0 = read?.bytes }
            }
            return entries ?? [:]
        }
    }

    /// A build's entries with the cache file's bytes for them, worked out before they are stored.
    struct EncodedEntries: Sendable {
        let entries: [String: Entry]
        /// The entries' sources, sorted: the file's order.
        let order: [String]
        /// The file's bytes; nil for a cache kept in memory.
        let bytes: Data?
    }

    /// `new` in the cache file's form. Unchanged entries' lines are copied from the file they were
    /// read from, and the previous order is taken when the sources are the same.
    func encode(_ new: [String: Entry]) -> EncodedEntries {
        guard file != nil else { return EncodedEntries(entries: new, order: [], bytes: nil) }
        let previousOrder = order.withLock { $0 }
        let sorted =
            PreviousOrder.reuse(previousOrder, count: new.count) { new[$0] != nil } ?? new.keys.sorted()
        let kept = keptBytes.withLock { $0 }
        return EncodedEntries(
            entries: new, order: sorted, bytes: Self.encode(new, sortedSources: sorted, reusing: kept))
    }

    /// Replaces the entries with those of a build that just succeeded, and the file with their bytes.
    func store(_ encoded: EncodedEntries) {
        entries.withLock { $0 = encoded.entries }
        guard let file, let bytes = encoded.bytes else { return }
        order.withLock { $0 = encoded.order }
        // The file is replaced, so the entries' `lines` no longer point into the kept bytes.
        keptBytes.withLock { $0 = nil }
        // Failing to keep the cache only costs the next build its speed-up.
        FileBytes.replace(bytes, atPath: file.path)
    }
}
