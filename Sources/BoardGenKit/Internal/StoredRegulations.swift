import BoardGenLoad
import BoardGenSupport
import Foundation

/// The regulations a build decoded, kept for the next build in a file beside the build cache's
/// (issue 17): each without its body, with the findings its decoding reported, in the compact form,
/// one block per regulation. The next build takes the block of a file that is the version the block
/// stands for (`StoredInputs.decodedFrom`), under the same `loadKey` (boardgen, "today" and every
/// other content file), instead of decoding the file; its body is read only if its page is rendered
/// again. The blocks are decoded on all cores. The file is rewritten only when a block changed (a
/// body edit decodes into the same block): then it gets a new generation, and the inputs file, written
/// after it, names that generation, so a build killed between the two writes leaves files that do
/// not go together and are not used.
struct StoredRegulations: Sendable, CompactCacheFile {
    static let header = Data("boardgen-build-regulations 1\n".utf8)
    static let suffix = "-regulations"

    /// Identifies one writing of the file.
    var generation: String
    var toolIdentity: String
    var loadKey: String
    /// Every regulation's decoding, by path.
    var blocks: [Block]

    /// One regulation's `StoredDecoding` in the compact form.
    struct Block: Sendable, Codable, Equatable {
        var path: String
        var bytes: [UInt8]
    }

    /// A memo for one load, seeded with the regulations decoded from files that did not change
    /// (by `notes`, the inputs file of the build that used this file), when nothing else they depend on changed.
    func seededMemo(
        for inputs: SiteInputs, notes: StoredInputs?, loadKey: String, contentFolder: URL, toolIdentity: String
    ) -> LoadMemo {
        guard let notes, notes.regulationsGeneration == generation, toolIdentity == self.toolIdentity,
            loadKey == self.loadKey
        else { return LoadMemo(keepsTexts: false) }
        let decodedFrom = notes.decodedFromByPath
        let unchanged = blocks.filter { block in
            guard let whole = decodedFrom[block.path] else { return false }
            return inputs.files[block.path]?.whole == whole
        }
        let root = contentFolder.standardizedFileURL.path
        // In chunks on all cores, each chunk's blocks sharing their repeated texts (`TextInterner`).
        // One that cannot be read back is left out: its file is decoded again.
        let chunkCount = min(unchanged.count, 64)
        let chunks = (0..<chunkCount).map {
            unchanged.count * $0 / chunkCount..<unchanged.count * ($0 + 1) / chunkCount
        }
        let seeds = chunks.parallelMap { chunk in
            let texts = TextInterner()
            return unchanged[chunk].compactMap { block in
                (try? CompactDecoder().decode(StoredDecoding.self, from: block.bytes, texts: texts)).map {
                    LoadMemo.Seed($0, contentFolder: root)
                }
            }
        }
        return LoadMemo(keepsTexts: false, seeds: seeds.flatMap { $0 })
    }
}

extension StoredRegulations {
    /// The regulations of a build, from `loads` (the memo of its load): a seeded one keeps its
    /// block from `previous`, a decoded one is encoded. Same blocks as `previous`: its generation,
    /// else a new one.
    init(
        toolIdentity: String, loadKey: String, inputs: SiteInputs, loads: LoadMemo, previous: StoredRegulations?
    ) {
        self.toolIdentity = toolIdentity
        self.loadKey = loadKey
        let (seeded, decoded) = loads.storedRegulations()
        let fresh = decoded.parallelMap { decoding -> Block? in
            (try? CompactEncoder().encode(decoding)).map { Block(path: decoding.path, bytes: Array($0)) }
        }
        // Seeded ones whose files are still there (a seed of a removed file was not loaded), in the
        // previous file's order, which is sorted already: the sort below then has little to do.
        let seededPaths = Set(seeded)
        var isTaken: Set<String> = []
        let kept = (previous?.blocks ?? []).filter { block in
            seededPaths.contains(block.path) && inputs.files[block.path] != nil && isTaken.insert(block.path).inserted
        }
        let sorted = (kept + fresh.compactMap { $0 }).sorted { $0.path < $1.path }
        self.blocks = sorted
        if let previous, toolIdentity == previous.toolIdentity, loadKey == previous.loadKey, sorted == previous.blocks {
            generation = previous.generation
        } else {
            generation = UUID().uuidString
        }
    }

    /// The notes the inputs file keeps about this file: its generation, and for each block the
    /// fingerprint of the file version it stands for (this build's).
    func notes(for inputs: SiteInputs) -> (generation: String, decodedFrom: [StoredInputs.Source]) {
        (
            generation,
            blocks.compactMap { block in inputs.files[block.path].map { .init(path: block.path, whole: $0.whole) } }
        )
    }
}
