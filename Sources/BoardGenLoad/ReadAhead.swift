import Foundation
import Synchronization

/// Content files already read before loading (by the build cache's fingerprints), handed to the
/// loader instead of being read a second time (issue 17: everything read once). Each file is taken
/// once, then forgotten, so that the bytes do not outlive their decoding. The loader decodes exactly
/// the bytes that were fingerprinted: a file saved meanwhile is read by the next build, whose
/// fingerprint then differs.
package final class ReadAhead: Sendable {
    private let files: Mutex<[String: Data]>
    /// Every path under the content folder (files, folders and links, not followed), relative, sorted;
    /// nil when the folder was not listed.
    private let listing: [String]?

    /// Bytes by path relative to the content folder (regular files only), and the folder's `listing`
    /// (relative paths, sorted) when it was listed: a folder listed there is not listed again.
    package init(_ files: [String: Data], listing: [String]? = nil) {
        self.files = Mutex(files)
        self.listing = listing
    }

    /// The paths of the entries directly inside `folder` (relative to the content folder, without
    /// hidden ones), sorted; nil when the content folder was not listed.
    func paths(directlyIn folder: String) -> [String]? {
        guard let listing else { return nil }
        let prefix = folder + "/"
        return listing.filter { path in
            guard path.hasPrefix(prefix) else { return false }
            let name = path.utf8.dropFirst(prefix.utf8.count)
            return name.first != UInt8(ascii: ".") && !name.contains(UInt8(ascii: "/"))
        }
    }

    /// The bytes of `relativePath`, once; nil when they were not read ahead (or were taken).
    func take(_ relativePath: String) -> Data? {
        files.withLock { $0.removeValue(forKey: relativePath) }
    }

    /// How many files were read ahead and not taken yet.
    package var count: Int { files.withLock { $0.count } }
}
