#if canImport(Glibc)
import Glibc
#endif

/// The only file that calls inotify, poll and pipe (Linux's file-system notifications).
/// No C pointer leaves it: events come out as Swift values, and every buffer is freed with `defer`.
struct Inotify: Sendable {
    /// Why notifications could not be set up: the errno text.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// One event: the watch it came from, what happened and the entry's name inside a watched folder.
    struct Event: Sendable {
        var watch: Int32
        var mask: UInt32
        var name: String

        var isFolder: Bool { mask & UInt32(IN_ISDIR) != 0 }
        /// The watched folder itself went away (deleted, moved, or its file system unmounted).
        var isWatchGone: Bool { mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT) != 0 }
        /// The kernel dropped the watch (its folder is gone): its number may be reused.
        var isDropped: Bool { mask & UInt32(IN_IGNORED) != 0 }
        /// The kernel's queue overflowed: events were lost, everything must be looked at again.
        var isOverflow: Bool { mask & UInt32(IN_Q_OVERFLOW) != 0 }
        /// An entry appeared in the folder (created, or moved or renamed into it: an editor's save by rename).
        var isArrival: Bool { mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 }
        /// A file's save is complete: it was written and closed, or renamed into place. (A file
        /// renamed away or deleted may be an editor's save halfway: vim renames the old file to a
        /// backup before it writes the new one.)
        var isCompletedSave: Bool { !isFolder && mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 }
        /// Only the file's metadata changed (an editor copies the old file's permissions after a save).
        var isAttributesOnly: Bool { mask & ~UInt32(IN_ISDIR) == UInt32(IN_ATTRIB) }
    }

    /// What is watched on every folder: writes, renames both ways, creations, deletions, permissions.
    static let folderMask = UInt32(
        IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF
            | IN_MOVE_SELF | IN_ATTRIB | IN_ONLYDIR | IN_DONT_FOLLOW)

    private let descriptor: Int32
    /// A pipe's read end, polled beside the notifications, and its write end, which `wake()` writes.
    private let wakeDescriptor: Int32
    private let wakeWriter: Int32

    /// Opens an inotify instance and the pipe that `wake()` signals.
    init() throws(Failure) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw Failure(description: Self.errorText()) }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            let failure = Failure(description: Self.errorText())
            _ = Glibc.close(descriptor)
            throw failure
        }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        self.descriptor = descriptor
        self.wakeDescriptor = ends[0]
        self.wakeWriter = ends[1]
    }

    /// Watches a folder (not following a symbolic link); nil when it cannot be watched.
    func watch(folder path: String) -> Int32? {
        let watch = inotify_add_watch(descriptor, path, Self.folderMask)
        return watch >= 0 ? watch : nil
    }

    /// Watches a folder for entries appearing or leaving only (the content folder's parent).
    func watchEntries(folder path: String) -> Int32? {
        let mask = UInt32(IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_ATTRIB | IN_ONLYDIR)
        let watch = inotify_add_watch(descriptor, path, mask)
        return watch >= 0 ? watch : nil
    }

    /// Stops a watch (the kernel may already have dropped it).
    func unwatch(_ watch: Int32) {
        _ = inotify_rm_watch(descriptor, watch)
    }

    /// Waits up to `milliseconds` (-1: no limit) for events; nil once `wake()` was called.
    func wait(milliseconds: Int32) -> [Event]? {
        var polled = [
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&polled, 2, milliseconds)
        if ready < 0 { return errno == EINTR ? [] : nil }
        if polled[1].revents != 0 { return nil }
        return polled[0].revents != 0 ? readEvents() : []
    }

    /// Makes a pending or the next `wait` return nil (from any thread).
    func wake() {
        var one: UInt8 = 1
        _ = withUnsafeBytes(of: &one) { Glibc.write(wakeWriter, $0.baseAddress, 1) }
    }

    /// Closes the descriptors; the watches go with them.
    func close() {
        _ = Glibc.close(descriptor)
        _ = Glibc.close(wakeDescriptor)
        _ = Glibc.close(wakeWriter)
    }
}

private extension Inotify {
    static func errorText() -> String { String(cString: strerror(errno)) }

    /// Reads every queued event (the descriptor is non-blocking).
    func readEvents() -> [Event] {
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        var events: [Event] = []
        while true {
            let count = read(descriptor, buffer.baseAddress, capacity)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return events }
            events += parse(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// `struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }`, one after another.
    func parse(_ bytes: UnsafeRawBufferPointer) -> [Event] {
        var events: [Event] = []
        var offset = 0
        let header = 16
        while offset + header <= bytes.count {
            let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let end = min(offset + header + length, bytes.count)
            let nameBytes = bytes[(offset + header)..<end].prefix { $0 != 0 }
            events.append(Event(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self)))
            offset = end
        }
        return events
    }
}
