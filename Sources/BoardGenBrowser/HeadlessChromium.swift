import Foundation

/// One headless Chromium with one tab, driven over the DevTools protocol: load a local page,
/// run a script in it, print it to PDF. The tab is 1280 × 900 CSS pixels (a desktop window) and
/// every request that would leave the machine is blocked, so only `file:` pages and their files
/// are loaded.
final class HeadlessChromium {
    /// The time a page is given to load, run the script and print.
    let timeout: TimeInterval
    private let process: ChromiumProcess
    private let connection: DevToolsConnection
    private let log: URL
    private var session = ""

    /// Whether pages may load from a server on this machine (`boardgen serve`'s tests).
    private let allowsLoopback: Bool

    /// Starts the browser with a fresh profile in `folder` and opens its tab. With
    /// `allowsLoopback`, `http://127.0.0.1` may be loaded (host names still resolve to nothing).
    init(executable: String, timeout: TimeInterval, folder: URL, allowsLoopback: Bool = false) throws(BrowserFailure) {
        self.timeout = timeout
        self.allowsLoopback = allowsLoopback
        let profile = folder.appendingPathComponent("profile")
        log = folder.appendingPathComponent("chromium.log")
        process = try ChromiumProcess(
            executable: executable,
            arguments: Self.arguments(allowsLoopback: allowsLoopback) + ["--user-data-dir=\(profile.path)", "about:blank"],
            log: log)
        connection = DevToolsConnection(process: process, timeout: timeout)
        do {
            try openTab()
        } catch {
            throw failure(error)
        }
    }

    deinit { process.terminate() }

    /// Loads a page and waits for its `load` event.
    func load(_ url: URL, what: String) throws(BrowserFailure) {
        let deadline = Date().addingTimeInterval(timeout)
        connection.dropEvents()
        let result = try call("Page.navigate", ["url": url.absoluteString], before: deadline, what: what)
        if let error = result["errorText"] as? String { throw .browserFailed("\(what) did not load: \(error)") }
        try connection.wait(for: "Page.loadEventFired", session: session, before: deadline, what: what)
    }

    /// Runs a JavaScript expression in the loaded page, awaiting the promise it returns, and
    /// returns its string value.
    func evaluate(_ expression: String, what: String) throws(BrowserFailure) -> String {
        let result = try call(
            "Runtime.evaluate", ["expression": expression, "awaitPromise": true, "returnByValue": true],
            before: Date().addingTimeInterval(timeout), what: what)
        if let exception = result["exceptionDetails"] as? [String: Any] {
            let details = (exception["exception"] as? [String: Any])?["description"] ?? exception["text"] ?? ""
            throw .browserFailed("the page script failed on \(what): \(details)")
        }
        guard let value = (result["result"] as? [String: Any])?["value"] as? String else {
            throw .browserFailed("the page script returned no verdict on \(what)")
        }
        return value
    }

    /// Prints the loaded page as `boardgen board --pdf` does: A4 unless the page's CSS names a
    /// size, no header or footer.
    func printPDF(what: String) throws(BrowserFailure) -> Data {
        let result = try call(
            "Page.printToPDF",
            [
                "paperWidth": 210 / 25.4, "paperHeight": 297 / 25.4, "preferCSSPageSize": true,
                "displayHeaderFooter": false,
            ], before: Date().addingTimeInterval(timeout), what: what)
        guard let base64 = result["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw .browserFailed("Chromium returned no PDF for \(what)")
        }
        return data
    }

    /// Closes the browser, giving it a moment to leave by itself.
    func close() {
        _ = try? connection.call("Browser.close", before: Date().addingTimeInterval(2), what: "closing the browser")
        process.terminate(grace: 3)
    }
}

private extension HeadlessChromium {
    /// PDFPrinter's flags (but `--no-pdf-header-footer`, which crashes the renderer of a DevTools tab in
    /// Chromium 156; `printPDF` asks for no header and footer instead), the pipe, and everything that would
    /// reach the network switched off.
    static func arguments(allowsLoopback: Bool) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions",
            "--run-all-compositor-stages-before-draw", "--remote-debugging-pipe", "--no-first-run",
            "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-default-apps", "--hide-scrollbars", "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND" + (allowsLoopback ? " , EXCLUDE 127.0.0.1" : ""),
        ]
    }

    /// Everything that leaves the machine.
    static let blocked = ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]

    func openTab() throws(BrowserFailure) {
        let deadline = Date().addingTimeInterval(max(timeout, 30))
        let what = "a new tab"
        let target = try connection.call(
            "Target.createTarget", ["url": "about:blank"], before: deadline, what: what)["targetId"]
        let attached = try connection.call(
            "Target.attachToTarget", ["targetId": target ?? "", "flatten": true], before: deadline, what: what)
        session = attached["sessionId"] as? String ?? ""
        _ = try call("Page.enable", before: deadline, what: what)
        _ = try call("Network.enable", before: deadline, what: what)
        let blocked = allowsLoopback ? Self.blocked.filter { !$0.hasPrefix("http://") } : Self.blocked
        _ = try call("Network.setBlockedURLs", ["urls": blocked], before: deadline, what: what)
        _ = try call(
            "Emulation.setDeviceMetricsOverride",
            ["width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false], before: deadline, what: what)
    }

    func call(
        _ method: String, _ parameters: [String: Any] = [:], before deadline: Date, what: String
    )
        throws(BrowserFailure) -> [String: Any]
    {
        try connection.call(method, parameters, session: session, before: deadline, what: what)
    }

    /// A start-up failure with the end of the browser's log, which says why.
    func failure(_ error: BrowserFailure) -> BrowserFailure {
        guard case .browserFailed(let message) = error,
            let log = try? String(contentsOf: log, encoding: .utf8), !log.isEmpty
        else { return error }
        return .browserFailed("\(message)\n\(log.split(separator: "\n").suffix(5).joined(separator: "\n"))")
    }
}
