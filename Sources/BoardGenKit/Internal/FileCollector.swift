import BoardGenRender
import Foundation
import Synchronization

/// Gathers the files rendered on several threads (or only counts them).
final class FileCollector: Sendable {
    private let isCountingOnly: Bool
    private let state = Mutex((files: [OutputFile](), count: 0))

    /// How many files were added.
    var count: Int { state.withLock { $0.count } }

    init(isCountingOnly: Bool = false) {
        self.isCountingOnly = isCountingOnly
    }

    package func add(_ file: OutputFile) {
        state.withLock {
            $0.count += 1
            if !isCountingOnly { $0.files.append(file) }
        }
    }

    /// Counts files handed on elsewhere (taken from the build cache).
    func add(count: Int) {
        state.withLock { $0.count += count }
    }

    /// The files by path, whatever order the threads delivered them in.
    var sortedFiles: [OutputFile] {
        state.withLock { $0.files }.sorted { $0.path < $1.path }
    }
}
