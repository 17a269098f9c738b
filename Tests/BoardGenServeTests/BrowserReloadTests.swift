import BoardGenKit
import Foundation
import Testing

@testable import BoardGenBrowser

/// Headless Chromium against `boardgen serve`: the page reloads itself after an edit (no test code
/// touches it between), shows the overlay of a broken build over the last good page, and drops it
/// once fixed.
@Suite(.serialized, .enabled(if: Chromium.path != nil, "Chromium is not installed"), .timeLimit(.minutes(2)))
struct BrowserReloadTests {
    @Test func thePageReloadsItselfAndShowsTheOverlay() async throws {
        let server = try ServeHarness()
        try await server.start()
        let profile = server.base.appendingPathComponent("browser")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let browser = try await Browser(executable: try #require(Chromium.path), folder: profile)
        defer { browser.close() }
        try await browser.load(try #require(URL(string: server.url("contacts.html"))))
        // The page keeps a mark in its window object; a real reload loses it.
        _ = try await browser.evaluate("window.__mark = 'old'; String(window.__boardgen.generation)")
        let good = try server.read("contacts.yaml")
        try server.save("contacts.yaml", good.replacingOccurrences(of: ServeTests.phone, with: "+7 (495) 765-43-21"))
        let reloaded = try await Self.poll(browser) {
            "window.__mark === undefined && document.body.innerText.includes('765-43-21') ? 'yes' : 'no'"
        }
        #expect(reloaded, "the page did not reload itself with the new content")

        try server.save("contacts.yaml", good.replacingOccurrences(of: "    kind: email\n", with: "   kind: [email\n"))
        let overlay = try await Self.poll(browser) {
            """
            (function () { var o = document.querySelector('boardgen-overlay');
              return o && o.shadowRoot.textContent.includes('myschool/contacts.yaml:') &&
                o.shadowRoot.textContent.includes('[BG101]') ? 'yes' : 'no'; })()
            """
        }
        #expect(overlay, "no overlay with path:line and code over the page")
        #expect(try await browser.evaluate("document.body.innerText.includes('765-43-21') ? 'yes' : 'no'") == "yes")
        try server.save("contacts.yaml", good)
        let fixed = try await Self.poll(browser) {
            """
            (function () { var o = document.querySelector('boardgen-overlay');
              return (!o || o.dataset.state !== 'failed') && document.body.innerText.includes('123-45-67')
                ? 'yes' : 'no'; })()
            """
        }
        #expect(fixed, "the overlay stayed after the fix")
        await server.stop()
    }

    /// Evaluates `expression` until it says "yes" (a reload in between is retried), up to 20 s.
    static func poll(_ browser: Browser, _ expression: () -> String) async throws -> Bool {
        let deadline = Date().addingTimeInterval(20)
        let script = expression()
        while Date() < deadline {
            if (try? await browser.evaluate(script)) == "yes" { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}

/// The browser the tests drive, found as `boardgen board --pdf` finds it.
enum Chromium {
    static let path = PDFPrinter.find(
        explicit: ProcessInfo.processInfo.environment["BOARDGEN_CHROMIUM"],
        searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")?.browser
}

/// The headless browser of `check --browser`, allowed to load from loopback, its blocking calls
/// made off the cooperative pool.
final class Browser: @unchecked Sendable {
    // @unchecked: the tab is used by one test at a time, one call after another.
    private let tab: Unchecked<HeadlessChromium>

    init(executable: String, folder: URL) async throws {
        tab = try await offPool {
            Unchecked(
                value: try HeadlessChromium(executable: executable, timeout: 30, folder: folder, allowsLoopback: true))
        }
    }

    func load(_ url: URL) async throws {
        try await offPool { [tab] in try tab.value.load(url, what: url.lastPathComponent) }
    }

    func evaluate(_ script: String) async throws -> String {
        try await offPool { [tab] in try tab.value.evaluate(script, what: "the served page") }
    }

    func close() { tab.value.close() }
}

/// A value handed to another thread that uses it alone.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
}
