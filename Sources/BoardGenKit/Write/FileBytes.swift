#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

/// Writes a file with plain open/write/close. Foundation's `Data.write` syncs every file to disk,
/// which cost more than rendering on a 10,000-page site; the staging folder is swapped in as a
/// whole, so a killed build still leaves the old or the new output complete.
enum FileBytes {
    /// Why a write failed: the errno text.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Creates or truncates `path` (mode 0644) and writes all of `data`.
    static func write(_ data: Data, toPath path: String) throws(Failure) {
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
    }
}

extension Error {
    /// A short human reason: the errno text or Foundation's description.
    var reason: String {
        (self as? FileBytes.Failure)?.description ?? (self as NSError).localizedDescription
    }
}
