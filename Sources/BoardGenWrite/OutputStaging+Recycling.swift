import BoardGenSupport
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Bringing a recycled staging folder (the spare: an older output) up to date: what stands where a
/// file or folder of this build goes is removed first, and at the end everything this build did not
/// place. Nothing is ever written into an existing file, which may be a hard link shared with the
/// current output.
extension OutputStaging {
    /// Removes whatever stands at `path` (a file, a link, or a folder left by the older output).
    func clear(_ path: String) throws(FileBytes.Failure) {
        if unlink(path) == 0 || errno == ENOENT { return }
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, (try? removeTree(path)) != nil { return }
        throw FileBytes.Failure(description: String(cString: strerror(errno)))
    }

    /// Removes the files and links that stand where a folder on the way to `path` must be.
    func clearFolderPath(_ path: String) {
        let base = folderPath
        guard path.hasPrefix(base + "/") else { return }
        var current = base
        for component in path.dropFirst(base.count + 1).split(separator: "/") {
            current += "/" + component
            var status = stat()
            guard lstat(current, &status) == 0 else { return }
            if status.st_mode & S_IFMT != S_IFDIR {
                unlink(current)
                return
            }
        }
    }

    /// Removes everything under `root` that is neither a file in `placed` nor a folder in `folders`
    /// (full paths); a folder this build did not use goes with all it holds.
    func removeLeftovers(in root: String, keeping placed: Set<String>, folders: Set<String>) {
        for entry in FolderEntries.list(root) {
            let path = root + "/" + entry.name
            if placed.contains(path) { continue }
            if entry.kind != .folder {
                unlink(path)
            } else if folders.contains(path) {
                removeLeftovers(in: path, keeping: placed, folders: folders)
            } else {
                try? removeTree(path)
            }
        }
    }
}

private extension OutputStaging {
    func removeTree(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }
}
