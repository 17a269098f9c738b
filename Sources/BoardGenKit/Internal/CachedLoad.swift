import BoardGenLoad
import Foundation

/// What a build with a cache in a file takes from the previous build before loading, and hands on
/// to the next one: the content's fingerprints (unchanged files by their stamps, not read), the key
/// decoded regulations are kept under, and the memo the load runs with, seeded with the regulations
/// that did not change.
struct CachedLoad: Sendable {
    let inputs: SiteInputs
    let loadKey: String
    let memo: LoadMemo
    /// The regulations file the memo was seeded from, whose unchanged blocks the next one keeps.
    let previous: StoredRegulations?
    /// The previous build's notes, whose unchanged lines the next inputs file copies.
    let previousNotes: StoredInputs?

    /// Reads the cache's files (each on its own core) and fingerprints the content folder.
    init(cache: BuildCache, contentFolder: URL, today: String) {
        let stored = cache.readStored()
        inputs = SiteInputs.read(contentFolder, known: stored.inputs?.files ?? [])
        loadKey = inputs.loadKey(toolIdentity: cache.toolIdentity, today: today)
        previous = stored.regulations
        previousNotes = stored.inputs
        memo =
            stored.regulations?.seededMemo(
                for: inputs, notes: stored.inputs, loadKey: loadKey, contentFolder: contentFolder,
                toolIdentity: cache.toolIdentity) ?? LoadMemo(keepsTexts: false)
    }

    /// What the next build takes from this one, worked out from the load alone (so while the pages
    /// render): the regulations and the fingerprints, which name the regulations file's generation.
    struct PreparedStore: Sendable {
        let regulations: StoredRegulations
        let notes: StoredInputs
        /// The notes of the previous build, whose lines `notes` reuses where they are the same.
        let previousNotes: StoredInputs?
        /// False when the regulations are the previous file's (a body edit decodes into the same block).
        let isRegulationsChanged: Bool
    }

    /// Works out what `write(_:besideCache:)` keeps.
    func prepareStore(toolIdentity: String) -> PreparedStore {
        let regulations = StoredRegulations(
            toolIdentity: toolIdentity, loadKey: loadKey, inputs: inputs, loads: memo, previous: previous)
        var notes = StoredInputs(inputs)
        (notes.regulationsGeneration, notes.decodedFrom) = regulations.notes(for: inputs)
        return PreparedStore(
            regulations: regulations, notes: notes, previousNotes: previousNotes,
            isRegulationsChanged: regulations.generation != previous?.generation)
    }

    /// Keeps what the next build takes beside the cache's `file`: the regulations (only when one
    /// changed), then the fingerprints.
    static func write(_ prepared: PreparedStore, besideCache file: URL) {
        if prepared.isRegulationsChanged {
            prepared.regulations.write(to: StoredRegulations.file(besideCache: file))
        }
        prepared.notes.write(to: StoredInputs.file(besideCache: file), reusing: prepared.previousNotes)
    }
}
