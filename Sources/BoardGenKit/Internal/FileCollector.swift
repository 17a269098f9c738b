import BoardGenRender
import Foundation

/// Gathers the files rendered on several threads (or only counts them).
final class FileCollector: @unchecked Sendable {
    private let lock = NSLock()
    private let isCountingOnly: Bool
    private var files: [OutputFile] = []
    private(set) var count = 0

    init(isCountingOnly: Bool = false) {
        self.isCountingOnly = isCountingOnly
    }

    package func add(_ file: OutputFile) {
        lock.lock()
        count += 1
        if !isCountingOnly { files.append(file) }
        lock.unlock()
    }

    /// The files by path, whatever order the threads delivered them in.
    var sortedFiles: [OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        return files.sorted { $0.path < $1.path }
    }
}
