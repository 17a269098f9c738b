import BoardGenSupport
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

/// Writes a file with plain open/write/close. Foundation's `Data.write` syncs every file to disk,
/// which cost more than rendering on a 10,000-page site; the staging folder is swapped in as a
/// whole, so a killed build still leaves the old or the new output complete.
package enum FileBytes {
    /// Why a write failed: the errno text.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Creates or truncates `path` (mode 0644) and writes all of `data`; returns the written file's stamp.
    @discardableResult
    package static func write(_ data: Data, toPath path: String) throws(Failure) -> FileStamp? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let failed = data.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failed { throw Failure(description: String(cString: strerror(failed))) }
        var status = stat()
        return fstat(descriptor, &status) == 0 ? FileStamp(status) : nil
    }
}

extension FileBytes {
    /// Writes `data` to `<path>.tmp-<pid>` and renames it over `path`, so that a reader sees the old
    /// or the new file whole (the caches' files); false, with nothing left behind, when that failed.
    @discardableResult
    package static func replace(_ data: Data, atPath path: String) -> Bool {
        let temporary = "\(path).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard (try? write(data, toPath: temporary)) != nil else {
            unlink(temporary)
            return false
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Hard-links `previousPath` to `path` when it is a regular file holding exactly `data`, and
    /// returns its stamp; nil (nothing done) otherwise. A rebuild then shares every unchanged file
    /// with the previous output instead of allocating, writing and later deleting a copy of it.
    static func linkIfIdentical(_ data: Data, previousPath: String, toPath path: String) -> FileStamp? {
        let descriptor = open(previousPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == data.count
        else { return nil }
        let isIdentical = data.withUnsafeBytes { expected -> Bool in
            guard expected.count > 0 else { return true }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: expected.count, alignment: 1)
            defer { buffer.deallocate() }
            var offset = 0
            while offset < expected.count {
                let count = read(descriptor, buffer.baseAddress! + offset, expected.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return memcmp(buffer.baseAddress!, expected.baseAddress!, expected.count) == 0
        }
        return isIdentical && link(previousPath, path) == 0 ? FileStamp(status) : nil
    }

    /// Hard-links `previousPath` to `path` when it still has `stamp` (nobody changed or replaced it
    /// since it was written), without reading it; false (nothing done) otherwise.
    static func linkIfUnchanged(_ stamp: FileStamp, previousPath: String, toPath path: String) -> Bool {
        FileStamp(path: previousPath) == stamp && link(previousPath, path) == 0
    }
}

extension Error {
    /// A short human reason: the errno text or Foundation's description.
    var reason: String {
        (self as? FileBytes.Failure)?.description ?? (self as NSError).localizedDescription
    }
}
