import BoardGenKit
import BoardGenServe
import Foundation
import ScheduleModel
import Synchronization

/// A server for one test: the starter site of `boardgen init` in a fresh folder, served on a free
/// loopback port from a task of this process; `stop()` cancels it and waits for it to end.
final class ServeHarness: @unchecked Sendable {
    // @unchecked: `task` is set once in start() and read only by stop(); the rest is immutable or locked.
    /// The content folder (named `myschool`, inside a temporary folder).
    let content: URL
    let base: URL
    private(set) var address = ""
    private var task: Task<Result<Void, ServeError>, Never>?
    private let reports = Mutex<[RebuildReport]>([])

    /// The fixed "today" of the test builds.
    static let today = LocalDate(year: 2026, month: 11, day: 23)!

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        content = base.appendingPathComponent("myschool")
        _ = try SiteStarter.create(in: content)
    }

    deinit {
        try? FileManager.default.removeItem(at: base)
    }

    /// Every rebuild reported so far.
    var rebuilds: [RebuildReport] { reports.withLock { $0 } }

    /// Starts serving on `port` (0: any free one) and waits until the first build is served.
    func start(port: Int = 0) async throws {
        var configuration = PreviewServer.Configuration(
            contentFolder: content, contentPath: "myschool", today: { Self.today })
        configuration.port = port
        let ready = AsyncStream<URL>.makeStream()
        let server = PreviewServer(configuration: configuration)
        task = Task { [self] in
            do {
                try await server.run(
                    handlesSignals: false, onReady: { ready.continuation.yield($0) },
                    onRebuild: { report in self.reports.withLock { $0.append(report) } })
                ready.continuation.finish()
                return .success(())
            } catch let error as ServeError {
                ready.continuation.finish()
                return .failure(error)
            } catch {
                ready.continuation.finish()
                return .failure(.serverFailed(reason: "\(error)"))
            }
        }
        var iterator = ready.stream.makeAsyncIterator()
        guard let url = await iterator.next() else {
            if case .failure(let error)? = await task?.value { throw error }
            throw CancellationError()
        }
        address = url.absoluteString
    }

    /// Stops the server and waits for it.
    func stop() async {
        task?.cancel()
        _ = await task?.value
    }

    /// The full address of a path on the server.
    func url(_ path: String) -> String { address + path }

    /// Writes a content file as editors that save by rename do: a scratch file, then a rename.
    func save(_ path: String, _ text: String) throws {
        let target = content.appendingPathComponent(path)
        let scratch = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp")
        try Data(text.utf8).write(to: scratch)
        guard rename(scratch.path, target.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// A content file's text.
    func read(_ path: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
    }
}
