import BoardGenLoad
import BoardGenSupport
import BoardGenWrite
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What a build learnt of its content, kept for the next build in a file beside the build cache's
/// (issue 17): each file's stamp and fingerprints, so that an unchanged file is not read again, and
/// each regulation decoded, so that an unchanged one is not decoded again (its body is read only
/// if its page is rendered). The decoded regulations count only under the same `loadKey`: the same
/// boardgen, "today" and every other file of the content folder.
///
/// Each regulation is kept in the compact form on its own: the regulations are decoded on all
/// cores, and those the next build takes unchanged are written back as the same bytes.
struct StoredInputs: Sendable, Codable {
    static let header = Data("boardgen-build-inputs 2\n".utf8)

    var toolIdentity: String
    var loadKey: String
    /// Every file's fingerprints, by path.
    var files: [StoredFile]
    /// Every regulation's decoding, in the compact form, by path.
    var decodings: [EncodedDecoding]

    /// One file's fingerprints.
    struct StoredFile: Sendable, Codable {
        var path: String
        var file: SiteInputs.File
    }

    /// One regulation's `StoredDecoding` in the compact form.
    struct EncodedDecoding: Sendable, Codable {
        var path: String
        var bytes: [UInt8]
    }

    /// The files' fingerprints by path.
    var filesByPath: [String: SiteInputs.File] {
        Dictionary(files.map { ($0.path, $0.file) }) { first, _ in first }
    }

    /// The file kept next to the build cache's `file`.
    static func file(besideCache file: URL) -> URL {
        file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + "-inputs")
    }

    /// The stored inputs; nil when the file is missing, unreadable or of another version.
    static func read(_ file: URL) -> StoredInputs? {
        guard let data = FileManager.default.contents(atPath: file.path), data.starts(with: header) else { return nil }
        return try? CompactDecoder().decode(StoredInputs.self, from: data.dropFirst(header.count))
    }

    /// Writes the inputs and renames the file into place; failing only costs the next build its speed-up.
    func write(to file: URL) {
        guard let body = try? CompactEncoder().encode(self) else { return }
        let data = Self.header + body
        let temporary = file.deletingLastPathComponent().appendingPathComponent(
            "\(file.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard (try? FileBytes.write(data, toPath: temporary.path)) != nil else { return }
        if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    /// A memo for one load, seeded with the regulations decoded from files that did not change,
    /// when nothing else they depend on changed.
    func seededMemo(for inputs: SiteInputs, loadKey: String, contentFolder: URL, toolIdentity: String) -> LoadMemo {
        guard toolIdentity == self.toolIdentity, loadKey == self.loadKey else { return LoadMemo(keepsTexts: false) }
        let then = filesByPath
        let unchanged = decodings.filter { stored in
            guard let now = inputs.files[stored.path], let then = then[stored.path] else { return false }
            return now.whole == then.whole
        }
        let root = contentFolder.standardizedFileURL.path
        // One that cannot be read back is left out: its file is decoded again.
        let seeds = unchanged.parallelMap { encoded in
            (try? CompactDecoder().decode(StoredDecoding.self, from: Data(encoded.bytes))).map {
                LoadMemo.Seed($0, contentFolder: root)
            }
        }
        return LoadMemo(keepsTexts: false, seeds: seeds.compactMap { $0 })
    }
}

extension StoredInputs {
    /// The inputs of a build: its files, and its regulations from `loads` (the memo of its load);
    /// a seeded one keeps its bytes from `previous`.
    init(
        toolIdentity: String, loadKey: String, files: [String: SiteInputs.File], loads: LoadMemo,
        previous: StoredInputs?
    ) {
        self.toolIdentity = toolIdentity
        self.loadKey = loadKey
        self.files = files.sorted { $0.key < $1.key }.map { StoredFile(path: $0.key, file: $0.value) }
        let (seeded, decoded) = loads.storedRegulations()
        // The seeded regulations whose files are still there (the others were not loaded).
        let kept = Dictionary((previous?.decodings ?? []).filter { files[$0.path] != nil }.map { ($0.path, $0) }) {
            first, _ in first
        }
        let fresh = decoded.parallelMap { decoding in
            (try? CompactEncoder().encode(decoding)).map { EncodedDecoding(path: decoding.path, bytes: Array($0)) }
        }
        self.decodings = (seeded.compactMap { kept[$0] } + fresh.compactMap { $0 }).sorted { $0.path < $1.path }
    }
}
