import Foundation
import Synchronization

/// Content files already read before loading (by the build cache's fingerprints), handed to the
/// loader instead of being read a second time (issue 17: everything read once). Each file is taken
/// once, then forgotten, so that the bytes do not outlive their decoding. The loader decodes exactly
/// the bytes that were fingerprinted: a file saved meanwhile is read by the next build, whose
/// fingerprint then differs.
package final class ReadAhead: Sendable {
    private let files: Mutex<[String: Data]>

    /// Bytes by path relative to the content folder (regular files only).
    package init(_ files: [String: Data]) {
        self.files = Mutex(files)
    }

    /// The bytes of `relativePath`, once; nil when they were not read ahead (or were taken).
    func take(_ relativePath: String) -> Data? {
        files.withLock { $0.removeValue(forKey: relativePath) }
    }

    /// How many files were read ahead and not taken yet.
    package var count: Int { files.withLock { $0.count } }
}
