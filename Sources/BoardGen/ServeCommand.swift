import ArgumentParser
import BoardGenKit
import BoardGenServe
import Foundation

/// `boardgen serve`: the site from memory on loopback, rebuilt and reloaded on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site locally; rebuild and reload the open pages on every change.",
        discussion: """
            Builds the content folder in memory and serves it on 127.0.0.1 (nothing is written to disk). \
            Every change of the content, its templates or assets rebuilds the site; open pages reload once \
            the new build is in place (stylesheet changes restyle them without a reload). A failed build \
            keeps the last good pages and lists every diagnostic over them. The board's print preview \
            shows the notices as A4 sheets: /__boardgen/print. Ctrl+C stops the server.
            """
    )

    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    @Option(name: .long, help: "The port (default: the first free of 8040–8049, else any free port).")
    var port: Int?

    @Option(name: .long, help: "The address to listen on (default 127.0.0.1; another address exposes the site).")
    var bind: String = "127.0.0.1"

    @Flag(name: .long, help: "Open the site in the default browser (xdg-open).")
    var open = false

    @Option(name: .long, help: "The date to treat as today (YYYY-MM-DD); default: the real date of each build.")
    var today: String?

    func validate() throws {
        try SiteOptions.validateContentFolder(content)
        try SiteOptions.validateToday(today)
        if let port, !(0...65535).contains(port) { throw ValidationError("--port \(port) is not a port (0–65535)") }
    }

    func run() async throws {
        let today = today
        var settings = PreviewServer.Configuration(
            contentFolder: URL(fileURLWithPath: content), contentPath: content, today: { SiteOptions.date(today) })
        settings.host = bind
        settings.port = port
        let opens = open
        let (host, content) = (bind, content)
        do {
            try await PreviewServer(configuration: settings).run(
                onReady: { url in
                    print(
                        "serving \(content) at \(url.absoluteString) "
                            + "(print preview: \(url.absoluteString)__boardgen/print); Ctrl+C stops"
                    )
                    if !Self.isLoopback(host) {
                        Self.warn("warning: listening on \(host): other computers on the network can open the site")
                    }
                    if opens { Self.openBrowser(url) }
                    fflush(nil)
                },
                onRebuild: Self.printReport)
        } catch {
            Self.warn("error: \(error.description)")
            throw ExitCode(2)
        }
        print("stopped")
        fflush(nil)
    }
}

private extension ServeCommand {
    static func printReport(_ report: RebuildReport) {
        print(report.line)
        fflush(nil)
        if report.isNewsworthy, report.outcome != .folderUnavailable {
            for line in report.diagnostics { warn(line) }
        }
        fflush(nil)
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    static func openBrowser(_ url: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // A missing or failing opener (no desktop, no xdg-utils) is told, not silent.
        process.terminationHandler = { finished in
            guard finished.terminationStatus != 0 else { return }
            warn("warning: could not open a browser (xdg-open exited with \(finished.terminationStatus)); open \(url.absoluteString)")
        }
        do {
            try process.run()
        } catch {
            warn("warning: could not open a browser (\(error.localizedDescription)); open \(url.absoluteString)")
        }
    }
}
