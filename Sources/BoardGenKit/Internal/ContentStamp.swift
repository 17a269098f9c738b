import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What identifies a content file's version without reading it: inode, size, and modification and
/// change times in nanoseconds. Trusted only when settled: both times at least two seconds before
/// the moment it was taken, so that a later write, even within one tick of a coarse file system
/// clock, gives another stamp (git's "racily clean" rule).
struct ContentStamp: Sendable, Hashable, Codable {
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var changed: Int64
    /// True when both times were settled when the stamp was taken.
    var isSettled: Bool

    /// How long a stamp's times must lie in the past to be trusted.
    static let settleTime: Int64 = 2_000_000_000

    /// The time now, in nanoseconds since 1970.
    static var now: Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// The stamp of a regular file (links not followed), or nil for anything else.
    init?(path: String, now: Int64) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
        isSettled = max(modified, changed) < now - Self.settleTime
    }

    /// A stamp as a cache file keeps it.
    init(inode: UInt64, size: Int64, modified: Int64, changed: Int64, isSettled: Bool) {
        (self.inode, self.size, self.modified, self.changed, self.isSettled) = (
            inode, size, modified, changed, isSettled
        )
    }

    /// Equal when the file is the same version; whether each was settled does not count.
    static func == (left: Self, right: Self) -> Bool {
        left.inode == right.inode && left.size == right.size && left.modified == right.modified
            && left.changed == right.changed
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(inode)
        hasher.combine(size)
        hasher.combine(modified)
        hasher.combine(changed)
    }
}
