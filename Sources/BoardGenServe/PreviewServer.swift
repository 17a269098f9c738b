import BoardGenKit
import Foundation
import Hummingbird
import Logging
import NIOCore
import ScheduleModel
import ServiceLifecycle

/// `boardgen serve`: the site from memory over HTTP on loopback, rebuilt on every change of the
/// content folder (content, template and asset overrides), open pages reloaded (or, when only
/// stylesheets changed, restyled) once the new build is in place, and a failed build shown over
/// the last good pages. Library code: it reports through `onRebuild` and never prints.
public struct PreviewServer: Sendable {
    /// What to serve and where.
    public struct Configuration: Sendable {
        /// The content folder.
        public var contentFolder: URL
        /// The content folder as the user named it (diagnostics show paths under it).
        public var contentPath: String
        /// The address to listen on; loopback unless the user asks otherwise.
        public var host = "127.0.0.1"
        /// The port; nil: the first free of `preferredPorts`, else one the system picks.
        public var port: Int?
        /// "Today" of each build, asked again for every build (a server may run past midnight).
        public var today: @Sendable () -> LocalDate

        /// Makes a configuration.
        public init(contentFolder: URL, contentPath: String, today: @escaping @Sendable () -> LocalDate) {
            self.contentFolder = contentFolder
            self.contentPath = contentPath
            self.today = today
        }
    }

    /// The ports tried in turn when none is given.
    public static let preferredPorts = Array(8040...8049)

    public let configuration: Configuration

    /// Makes a server.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Serves until SIGINT or SIGTERM (with `handlesSignals`) or until the task is cancelled.
    /// `onReady` gets the address being served once the socket listens and the first build is in.
    public func run(
        handlesSignals: Bool = true,
        onReady: @escaping @Sendable (URL) -> Void,
        onRebuild: @escaping @Sendable (RebuildReport) -> Void
    ) async throws(ServeError) {
        let state = PreviewState()
        let builds = PreviewBuilds(configuration: configuration, state: state, report: onRebuild)
        let ports = configuration.port.map { [$0] } ?? Self.preferredPorts + [0]
        for (index, port) in ports.enumerated() {
            do {
                try await serve(
                    on: port, state: state, builds: builds, handlesSignals: handlesSignals, onReady: onReady)
                return
            } catch let failure as ServeError {
                guard case .portInUse = failure, index < ports.count - 1 else { throw failure }
            } catch {
                throw .serverFailed(reason: "\(error)")
            }
        }
    }
}

private extension PreviewServer {
    func serve(
        on port: Int, state: PreviewState, builds: PreviewBuilds, handlesSignals: Bool,
        onReady: @escaping @Sendable (URL) -> Void
    ) async throws {
        let service: PreviewService
        do {
            service = try PreviewService(contentFolder: configuration.contentFolder, state: state, builds: builds)
        } catch {
            throw ServeError.cannotWatch(folder: configuration.contentPath, reason: error.description)
        }
        var logger = Logger(label: "boardgen-serve")
        logger.logLevel = .critical
        let host = configuration.host
        let app = Application(
            responder: PreviewResponder(state: state),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "boardgen"),
            services: [service],
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                await builds.waitForFirstBuild()
                onReady(Self.address(host: host, port: bound))
            },
            logger: logger)
        do {
            if handlesSignals {
                try await app.runService()
            } else {
                try await app.run()
            }
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw ServeError.portInUse(host: host, port: port)
        } catch let error as IOError where error.errnoCode == EADDRNOTAVAIL || error.errnoCode == EACCES {
            throw ServeError.cannotListen(host: host, port: port, reason: error.description)
        } catch is CancellationError {
            return
        }
    }

    static func address(host: String, port: Int) -> URL {
        let shown = host.contains(":") ? "[\(host)]" : host
        return URL(string: "http://\(shown):\(port)/")!
    }
}

/// Why the server could not run.
public enum ServeError: Error, Sendable, CustomStringConvertible {
    /// Another program listens on the port.
    case portInUse(host: String, port: Int)
    /// The address cannot be listened on (not this machine's, or a privileged port).
    case cannotListen(host: String, port: Int, reason: String)
    /// File-system notifications could not be set up.
    case cannotWatch(folder: String, reason: String)
    /// The HTTP server stopped with an error.
    case serverFailed(reason: String)

    /// The message for the terminal.
    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use by another program; stop it, or choose another port with --port"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host) port \(port) (\(reason)); check --bind and --port"
        case .cannotWatch(let folder, let reason):
            "cannot watch '\(folder)' for changes: \(reason)"
        case .serverFailed(let reason):
            "the server stopped: \(reason)"
        }
    }
}
