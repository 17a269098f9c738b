import Foundation
import ServiceLifecycle

/// The watcher and the rebuilder as a service of the server's service group: started with the
/// server, stopped with it (SIGINT, SIGTERM or cancellation), threads joined and descriptors closed.
struct PreviewService: Service {
    let state: PreviewState
    private let watcher: ContentWatcher
    private let rebuilder: Rebuilder
    private let builds: PreviewBuilds

    /// Opens the notifications (a failure stops the server before it listens).
    init(contentFolder: URL, state: PreviewState, builds: PreviewBuilds) throws(Inotify.Failure) {
        let rebuilder = Rebuilder { builds.build(changed: $0) }
        self.rebuilder = rebuilder
        self.watcher = try ContentWatcher(root: contentFolder) { change in
            rebuilder.request(change.paths, isCompletedSave: change.isCompletedSave)
        }
        self.state = state
        self.builds = builds
    }

    func run() async throws {
        rebuilder.start()
        watcher.start()
        rebuilder.request([])
        // Every 15 seconds a comment goes to each open page: one that went away is noticed and dropped.
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(15)) }
            state.ping()
        }
        watcher.stop()
        rebuilder.stop()
        builds.finish()
        state.close()
    }
}
