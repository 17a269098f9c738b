import BoardGenSupport
import BoardGenWrite
import Foundation

/// What a build learnt of its content files, kept for the next build in a file beside the build
/// cache's (issue 17): each file's stamp and fingerprints, so that an unchanged file is not read
/// again (`SiteInputs.read(_:known:now:)`). The regulations decoded from them are kept apart
/// (`StoredRegulations`), rewritten only when one changed; this file says which generation of
/// that file it goes with and from which version of each regulation's file its block was decoded.
struct StoredInputs: Sendable, CompactCacheFile {
    static let header = Data("boardgen-build-inputs 3\n".utf8)
    static let suffix = "-inputs"

    /// Every file's fingerprints, by path.
    var files: [StoredFile]
    /// The generation of the regulations file these notes are about.
    var regulationsGeneration: String = ""
    /// For each regulation's block in that file, the fingerprint of the file it stands for, by path.
    var decodedFrom: [Source] = []

    /// A regulation's path and the fingerprint of the file version its block stands for.
    struct Source: Sendable, Codable {
        var path: String
        var whole: String
    }

    /// One file's fingerprints.
    struct StoredFile: Sendable, Codable {
        var path: String
        var file: SiteInputs.File
    }

    /// The fingerprints of `inputs`' files.
    init(_ inputs: SiteInputs) {
        files = inputs.sortedPaths.compactMap { path in inputs.files[path].map { StoredFile(path: path, file: $0) } }
    }

    /// The files' fingerprints by path.
    var filesByPath: [String: SiteInputs.File] {
        Dictionary(files.map { ($0.path, $0.file) }) { first, _ in first }
    }

    /// `decodedFrom` by path.
    var decodedFromByPath: [String: String] {
        Dictionary(decodedFrom.map { ($0.path, $0.whole) }) { first, _ in first }
    }
}

/// A file of the build cache in the compact form, kept next to the cache's own file: a header line
/// naming its kind and version, then one value.
protocol CompactCacheFile: Codable {
    /// The first line, which a file of another kind or version does not start with.
    static var header: Data { get }
    /// What the file's name adds to the cache file's.
    static var suffix: String { get }
}

extension CompactCacheFile {
    /// The file kept next to the build cache's `file`.
    static func file(besideCache file: URL) -> URL {
        file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + suffix)
    }

    /// The value; nil when the file is missing, has another header or does not decode.
    static func read(_ file: URL) -> Self? {
        guard let data = FileManager.default.contents(atPath: file.path), data.starts(with: header) else { return nil }
        return try? CompactDecoder().decode(Self.self, from: data.dropFirst(header.count))
    }

    /// Writes the value and renames the file into place; failing only costs the next build its speed-up.
    func write(to file: URL) {
        guard let body = try? CompactEncoder().encode(self) else { return }
        FileBytes.replace(Self.header + body, atPath: file.path)
    }
}
