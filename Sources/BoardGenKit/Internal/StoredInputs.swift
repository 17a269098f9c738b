import BoardGenLoad
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
struct StoredInputs: Sendable, Codable {
    static let header = Data("boardgen-build-inputs 1\n".utf8)

    var toolIdentity: String
    var loadKey: String
    /// Every file's fingerprints, by path.
    var files: [StoredFile]
    var decodings: [StoredDecoding]

    /// One file's fingerprints.
    struct StoredFile: Sendable, Codable {
        var path: String
        var file: SiteInputs.File
    }

    init(toolIdentity: String, loadKey: String, files: [String: SiteInputs.File], decodings: [StoredDecoding]) {
        self.toolIdentity = toolIdentity
        self.loadKey = loadKey
        self.files = files.sorted { $0.key < $1.key }.map { StoredFile(path: $0.key, file: $0.value) }
        self.decodings = decodings
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
            ".\(file.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard (try? FileBytes.write(data, toPath: temporary.path)) != nil else { return }
        if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    /// A memo for one load, seeded with the regulations decoded from files that did not change,
    /// when nothing else they depend on changed.
    func seededMemo(for inputs: SiteInputs, contentFolder: URL, toolIdentity: String, today: String) -> LoadMemo {
        let memo = LoadMemo(keepsTexts: false)
        guard toolIdentity == self.toolIdentity, loadKey == inputs.loadKey(toolIdentity: toolIdentity, today: today)
        else { return memo }
        let then = filesByPath
        let unchanged = decodings.filter { stored in
            guard let now = inputs.files[stored.path], let then = then[stored.path] else { return false }
            return now.whole == then.whole
        }
        memo.seed(unchanged, contentFolder: contentFolder)
        return memo
    }
}
