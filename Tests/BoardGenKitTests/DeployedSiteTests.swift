import Foundation
import Testing

@testable import BoardGenCheck
@testable import BoardGenKit
@testable import BoardGenModel

/// `check --url`: the site as deployed, read over HTTP from a real server on 127.0.0.1
/// (scripts/test-http-server.py) that serves a build of content/, mutated copies of it, and pages
/// that misbehave: a redirect loop, a 500, a timeout, a non-HTML page, a redirect to another host.
@Suite(.serialized) struct DeployedSiteTests {
    static let content = Fixtures.repository.appendingPathComponent("content")
    static let requirements = SiteChecker(contentFolder: content, today: Fixtures.today).requirements()

    @Test func theGoodDeploymentPasses() throws {
        try withServer { base in
            let result = check(base.appendingPathComponent("good/"))
            #expect(!result.hasErrors, "\(Fixtures.render(result.diagnostics))")
            #expect(result.rows.allSatisfy { ($0.site ?? ["x"]).count > 0 && ($0.board ?? ["x"]).count > 0 })
        }
    }

    /// Three mutated deployments: a phone hidden by an inline style, a wrong e-mail, and a site
    /// pasted into a CMS without its board.
    @Test func mutatedDeploymentsFailNamingTheItem() throws {
        try withServer { base in
            let phone = try #require(Self.requirements.first { if case .contact = $0.item { true } else { false } })
            let hidden = check(base.appendingPathComponent("hidden/"))
            #expect(hidden.diagnostics.contains { $0.item == phone.item.mark && $0.code == "BG410" })

            let email = try #require(Self.requirements.first { $0.description.hasPrefix("e-mail") })
            let wrong = check(base.appendingPathComponent("wrong/"))
            #expect(wrong.diagnostics.contains { $0.item == email.item.mark && $0.code == "BG410" })

            let noBoard = check(base.appendingPathComponent("no-board/"))
            #expect(
                noBoard.diagnostics.contains { $0.code == "BG801" && $0.location.file.hasSuffix("board/index.html") })
            let boardItems = Self.requirements.filter { $0.places.contains(.board) }
            #expect(!boardItems.isEmpty)
            for item in boardItems {
                #expect(noBoard.diagnostics.contains { $0.item == item.item.mark && $0.code == "BG411" })
            }
        }
    }

    @Test func faultsOfTheServerAreFindingsNotHangs() throws {
        try withServer { base in
            let clock = ContinuousClock()
            let start = clock.now
            let result = check(base.appendingPathComponent("faulty/"), secondsPerRequest: 2)
            #expect(clock.now - start < .seconds(30))
            let found = Set(
                result.diagnostics.map {
                    "\($0.code) \($0.location.file.split(separator: "/").suffix(2).joined(separator: "/"))"
                })
            for expected in [
                "BG802 __loop/a.html", "BG801 __500/b.html", "BG803 __text/c.html", "BG805 __away/d.html",
                "BG802 __slow/e.html",
            ] {
                #expect(found.contains(expected), "missing \(expected) in \(found.sorted())")
            }
            #expect(result.diagnostics.contains { $0.message.contains("timeout") })
            #expect(result.diagnostics.contains { $0.message.contains("redirect loop") })
        }
    }

    /// `--url --browser`: the deployed pages are judged with the stylesheets the server sends. A
    /// rule appended to the deployed style.css hides the phone; only the browser sees it.
    @Test func theDeployedStylesheetIsJudgedInTheBrowser() throws {
        guard let chromium = ExternalTool.require("chromium"), ExternalTool.require("pdfinfo") != nil else { return }
        let browser = SiteChecker.Browser(executable: chromium)
        try withServer { base in
            let checker = SiteChecker(contentFolder: Self.content, today: Fixtures.today)
            let good = try checker.check(deployedAt: base.appendingPathComponent("good/"), browser: browser)
            #expect(!good.hasErrors, "\(good.diagnostics.map(\.message))")
            let phone = try #require(Self.requirements.first { if case .contact = $0.item { true } else { false } })
            let styled = base.appendingPathComponent("styled/")
            #expect(!check(styled).hasErrors, "the markup alone cannot see a stylesheet rule")
            let judged = try checker.check(deployedAt: styled, browser: browser)
            let finding = judged.diagnostics.first { $0.item == phone.item.mark && $0.code == "BG410" }
            #expect(finding?.message.contains("assets/style.css") == true, "\(judged.diagnostics.map(\.message))")
        }
    }

    @Test func aSiteLargerThanTheLimitIsReportedAndTheStartMustAnswer() throws {
        try withServer { base in
            let limited = SiteChecker(contentFolder: Self.content, today: Fixtures.today).check(
                deployedAt: base.appendingPathComponent("good/"), maxPages: 3)
            #expect(limited.diagnostics.contains { $0.code == "BG804" })
            let missing = check(base.appendingPathComponent("nowhere/"))
            #expect(missing.diagnostics.contains { $0.code == "BG801" })
            #expect(missing.hasErrors)
        }
    }
}

private extension DeployedSiteTests {
    func check(_ url: URL, secondsPerRequest: Double = 5) -> CheckResult {
        SiteChecker(contentFolder: Self.content, today: Fixtures.today).check(
            deployedAt: url, secondsPerRequest: secondsPerRequest, totalSeconds: 60)
    }

    /// Builds content/, lays out the deployments, starts the server and runs `body` with its address.
    func withServer(_ body: (URL) throws -> Void) throws {
        let root = Fixtures.makeTemporaryFolder("deployed")
        defer { try? FileManager.default.removeItem(at: root) }
        try layOut(in: root)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = [
            "python3", Fixtures.repository.appendingPathComponent("scripts/test-http-server.py").path, root.path,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["SLOW_SECONDS"] = "6"
        server.environment = environment
        let out = Pipe()
        server.standardOutput = out
        try server.run()
        defer {
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        let line = String(decoding: out.fileHandleForReading.availableDataLine(), as: UTF8.self)
        let port = try #require(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)), "server said '\(line)'")
        try body(try #require(URL(string: "http://127.0.0.1:\(port)/")))
    }

    func layOut(in root: URL) throws {
        let manager = FileManager.default
        let good = root.appendingPathComponent("good")
        let result = SiteBuilder(contentFolder: Self.content, today: Fixtures.today).build(into: good)
        #expect(!result.hasErrors)
        for name in ["hidden", "wrong", "no-board", "faulty", "styled"] {
            try manager.copyItem(at: good, to: root.appendingPathComponent(name))
        }
        let phone = try #require(Self.requirements.first { if case .contact = $0.item { true } else { false } })
        let email = try #require(Self.requirements.first { $0.description.hasPrefix("e-mail") })
        try rewritePages(
            in: root.appendingPathComponent("hidden"),
            OutputMutation.techniques(for: phone).first { $0.name == "display-none" })
        try rewritePages(
            in: root.appendingPathComponent("wrong"),
            OutputMutation.techniques(for: email).first { $0.name == "other-value" })
        try manager.removeItem(at: root.appendingPathComponent("no-board/board"))
        let stylesheet = root.appendingPathComponent("styled/assets/style.css")
        let id = phone.item.mark.split(separator: ":").last ?? ""
        let hiding = ".channel-\(id) .channel-value, .channel-inline[data-item=\"\(phone.item.mark)\"] { display: none }"
        try (String(contentsOf: stylesheet, encoding: .utf8) + "\n\(hiding)\n")
            .write(to: stylesheet, atomically: true, encoding: .utf8)
        let index = root.appendingPathComponent("faulty/index.html")
        let links = ["__loop/a.html", "__500/b.html", "__text/c.html", "__away/d.html", "__slow/e.html"]
            .map { "<a href=\"\($0)\">\($0)</a>" }.joined()
        try String(contentsOf: index, encoding: .utf8).replacingOccurrences(of: "</main>", with: links + "</main>")
            .write(to: index, atomically: true, encoding: .utf8)
    }

    func rewritePages(in folder: URL, _ technique: OutputMutation?) throws {
        let technique = try #require(technique)
        let pages = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for page in pages where page.hasSuffix(".html") {
            let url = folder.appendingPathComponent(page)
            try technique.apply(try String(contentsOf: url, encoding: .utf8)).write(
                to: url, atomically: true, encoding: .utf8)
        }
    }
}

private extension FileHandle {
    /// Bytes up to the first newline (the server prints its port, then nothing until it is killed).
    func availableDataLine() -> Data {
        var line = Data()
        while true {
            let byte = readData(ofLength: 1)
            guard let first = byte.first, first != UInt8(ascii: "\n") else { return line }
            line.append(first)
        }
    }
}
