import BoardGenKit
import Foundation
import Testing

@testable import BoardGenBrowser

/// Headless Chromium against `boardgen serve`: the page reloads itself after an edit (no test code
/// touches it between), shows the overlay of a broken build over the last good page, and drops it
/// once fixed.
@Suite(.serialized, .enabled(if: Chromium.path != nil, "Chromium is not installed"))
struct BrowserReloadTests {
    @Test func thePageReloadsItselfAndShowsTheOverlay() async throws {
        let server = try ServeHarness()
        try await server.start()
        let profile = server.base.appendingPathComponent("browser")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let browser = try HeadlessChromium(
            executable: try #require(Chromium.path), timeout: 30, folder: profile, allowsLoopback: true)
        defer { browser.close() }
        try browser.load(try #require(URL(string: server.url("contacts.html"))), what: "contacts.html")
        // The page keeps a mark in its window object; a real reload loses it.
        _ = try browser.evaluate("window.__mark = 'old'; String(window.__boardgen.generation)", what: "mark")
        let good = try server.read("contacts.yaml")
        try server.save("contacts.yaml", good.replacingOccurrences(of: ServeTests.phone, with: "+7 (495) 765-43-21"))
        let reloaded = try Self.poll(browser) {
            "window.__mark === undefined && document.body.innerText.includes('765-43-21') ? 'yes' : 'no'"
        }
        #expect(reloaded, "the page did not reload itself with the new content")

        try server.save("contacts.yaml", good.replacingOccurrences(of: "    kind: email\n", with: "   kind: [email\n"))
        let overlay = try Self.poll(browser) {
            """
            (function () { var o = document.querySelector('boardgen-overlay');
              return o && o.shadowRoot.textContent.includes('myschool/contacts.yaml:') &&
                o.shadowRoot.textContent.includes('[BG101]') ? 'yes' : 'no'; })()
            """
        }
        #expect(overlay, "no overlay with path:line and code over the page")
        #expect(try browser.evaluate("document.body.innerText.includes('765-43-21') ? 'yes' : 'no'", what: "page") == "yes")
        try server.save("contacts.yaml", good)
        let fixed = try Self.poll(browser) {
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
    static func poll(_ browser: HeadlessChromium, _ expression: () -> String) throws -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if (try? browser.evaluate(expression(), what: "the served page")) == "yes" { return true }
            Thread.sleep(forTimeInterval: 0.1)
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
