import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A headless Chromium started with `--remote-debugging-pipe`: it reads DevTools messages on its
/// file descriptor 3 and writes its answers on 4, each message ended by a NUL byte. Both are one
/// end of a Unix socket pair whose other end this process keeps, so a browser that dies makes a
/// write fail instead of raising SIGPIPE.
///
/// The only file that spawns processes and reads and writes descriptors with the C library. The
/// browser runs in its own process group, so `terminate` also ends its renderers and helpers.
final class ChromiumProcess {
    /// The browser's process id (the leader of its process group).
    let pid: pid_t
    /// This side of the socket pair.
    private let socket: Int32
    /// Bytes read but not yet returned as a message.
    private var buffer: [UInt8] = []
    /// Where to look for the end of a message in `buffer` (bytes before it hold no NUL).
    private var scanned = 0
    /// True once the process group was ended.
    private var isEnded = false

    /// Starts the browser; its standard output and error go to `log`.
    init(executable: String, arguments: [String], log: URL) throws(BrowserFailure) {
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Self.streamType, 0, &pair) == 0 else {
            throw .browserFailed("no socket pair for the browser: \(String(cString: strerror(errno)))")
        }
        // A copy above 4, so dup2 onto 3 and 4 never meets itself (which would keep close-on-exec).
        let child = fcntl(pair[1], F_DUPFD_CLOEXEC, 10)
        close(pair[1])
        defer { close(child) }
        socket = pair[0]
        do {
            pid = try Self.spawn(executable, arguments, child: child, log: log.path)
        } catch {
            close(pair[0])
            throw error
        }
    }

    deinit {
        terminate()
        close(socket)
    }

    /// Writes one message (a NUL is appended); false when the browser is gone.
    func send(_ message: Data) -> Bool {
        var bytes = [UInt8](message)
        bytes.append(0)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Foundation.send(socket, $0.baseAddress, $0.count, Self.noSignal)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// The next message, waiting at most until `deadline`; nil when the time is up.
    /// Throws when the browser closed its end (it exited or crashed).
    func receive(before deadline: Date) throws(BrowserFailure) -> Data? {
        while true {
            if let end = buffer[scanned...].firstIndex(of: 0) {
                let message = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                scanned = 0
                return message
            }
            scanned = buffer.count
            let milliseconds = Int32(max(0, min(deadline.timeIntervalSinceNow * 1000, 60_000)))
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, milliseconds)
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 {
                if deadline.timeIntervalSinceNow <= 0 { return nil }
                continue
            }
            try readAvailable()
        }
    }

    /// Waits up to `grace` seconds for the browser to leave, then ends every process left in its
    /// group (the browser, its renderers and helpers) and reaps the browser. Only the first call acts.
    func terminate(grace: TimeInterval = 0) {
        guard !isEnded else { return }
        isEnded = true
        var status: Int32 = 0
        let until = Date().addingTimeInterval(grace)
        var exited = waitpid(pid, &status, WNOHANG) != 0
        while !exited && Date() < until {
            usleep(20_000)
            exited = waitpid(pid, &status, WNOHANG) != 0
        }
        kill(-pid, SIGKILL)
        if !exited { _ = waitpid(pid, &status, 0) }
    }
}

private extension ChromiumProcess {
    #if canImport(Glibc)
    static let streamType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    static let noSignal = Int32(MSG_NOSIGNAL)
    #else
    static let streamType = SOCK_STREAM
    static let noSignal: Int32 = 0
    #endif

    func readAvailable() throws(BrowserFailure) {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let count = chunk.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { return }
        guard count > 0 else { throw .browserFailed("the browser closed the DevTools pipe (it exited or crashed)") }
        buffer.append(contentsOf: chunk[..<count])
    }

    /// posix_spawn with the child's end of the socket as descriptors 3 and 4, standard input from
    /// /dev/null, output and errors to the log, in a new process group.
    static func spawn(
        _ executable: String, _ arguments: [String], child: Int32, log: String
    ) throws(BrowserFailure)
        -> pid_t
    {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_adddup2(&actions, child, 3)
        posix_spawn_file_actions_adddup2(&actions, child, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard status == 0 else {
            throw .browserFailed("could not start \(executable): \(String(cString: strerror(status)))")
        }
        return pid
    }
}
