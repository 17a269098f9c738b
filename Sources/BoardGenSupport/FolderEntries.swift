import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The entries of one folder read with readdir (FileManager's listing costs several times more on
/// a 10,000-file folder): each name with what it is, links not followed.
package enum FolderEntries {
    /// What an entry is.
    package enum Kind: Sendable {
        case folder, link
        /// A file, or anything else (a socket, a device: reading it tells).
        case other
    }

    /// The entries of `folder` but `.` and `..`, in the order the file system gives them; none when
    /// it cannot be opened.
    package static func list(_ folder: String) -> [(name: String, kind: Kind)] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != "." && name != ".." else { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                // Some file systems do not fill in the type: ask.
                var status = stat()
                if lstat(folder + "/" + name, &status) == 0 {
                    let format = status.st_mode & S_IFMT
                    type = UInt8(format == S_IFDIR ? DT_DIR : format == S_IFLNK ? DT_LNK : DT_REG)
                }
            }
            entries.append((name, type == UInt8(DT_DIR) ? .folder : type == UInt8(DT_LNK) ? .link : .other))
        }
        return entries
    }
}
