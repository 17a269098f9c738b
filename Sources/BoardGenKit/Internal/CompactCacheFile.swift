import BoardGenWrite
import Foundation

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
