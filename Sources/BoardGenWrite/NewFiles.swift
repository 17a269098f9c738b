import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes files that must not exist yet (`boardgen init`): each is created with `O_EXCL`, so an
/// existing file, or a symbolic link in its place, is kept and never overwritten.
package enum NewFiles {
    /// What was written and what was already there.
    package struct Outcome: Sendable {
        package var written: [String] = []
        package var kept: [String] = []
    }

    /// Why a file could not be written.
    package struct Failure: Error, Sendable {
        package var path: String
        package var reason: String
    }

    /// Writes `files` (relative path → text) under `folder`, making folders as needed, in path order.
    package static func write(_ files: [String: String], into folder: URL) throws(Failure) -> Outcome {
        var outcome = Outcome()
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            guard OutputWriter.isSafeRelativePath(path) else { throw Failure(path: path, reason: "unsafe path") }
            let url = folder.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw Failure(path: path, reason: error.reason)
            }
            if try create(url.path, contents: Data(text.utf8)) {
                outcome.written.append(path)
            } else {
                outcome.kept.append(path)
            }
        }
        return outcome
    }
}

private extension NewFiles {
    /// Creates the file; false when something already has its name.
    static func create(_ path: String, contents: Data) throws(Failure) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == EEXIST { return false }
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        close(descriptor)
        do {
            // The file is ours and empty: fill it through the writer's plain write.
            try FileBytes.write(contents, toPath: path)
        } catch {
            throw Failure(path: path, reason: error.description)
        }
        return true
    }
}
