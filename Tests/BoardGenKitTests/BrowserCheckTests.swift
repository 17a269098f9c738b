import Foundation
import Testing

@testable import BoardGenCheck
@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenModel

/// `check --browser`, measured with the real Chromium: content/ passes (no false alarm), the
/// examples report exactly what DOM mode reports, and every family of stylesheet and print
/// mutations that DOM mode cannot see fails naming the item. A mutant is a stylesheet override in
/// content/templates/assets/ (style.css for the website, board.css for the board) that keeps
/// every page's markup as it was, so DOM mode must still pass it.
///
/// A browser check takes seconds, so each family hides each item kind once, alternating the place
/// (`BrowserMutation.cases`); BOARDGEN_BROWSER_FULL=1 runs every family × item × place.
@Suite(.serialized) struct BrowserCheckTests {
    static let content = Fixtures.repository.appendingPathComponent("content")
    static let requirements = SiteChecker(contentFolder: content, today: Fixtures.today).requirements()

    @Test func contentPassesWithTheSameFindingsAsDOMMode() throws {
        guard let browser = Self.browser() else { return }
        let checker = SiteChecker(contentFolder: Self.content, today: Fixtures.today)
        let result = try checker.check(browser: browser)
        #expect(result.diagnostics.isEmpty, "\(Fixtures.render(result.diagnostics))")
        #expect(result.rows.count == Self.requirements.count)
        #expect(result.rows.allSatisfy { $0.site?.isEmpty != true && $0.board?.isEmpty != true })
    }

    @Test(arguments: ExternalTool.allSiteFolders().dropFirst().map(\.lastPathComponent))
    func anExampleReportsWhatDOMModeReports(_ name: String) throws {
        guard let browser = Self.browser() else { return }
        let folder = Fixtures.repository.appendingPathComponent("examples/\(name)")
        let checker = SiteChecker(contentFolder: folder, today: Fixtures.today)
        let inBrowser = try checker.check(browser: browser)
        #expect(Fixtures.render(inBrowser.diagnostics) == Fixtures.render(checker.check().diagnostics))
    }

    @Test(arguments: BrowserMutation.cases(for: requirements))
    func aStylesheetMutantFailsNamingItsItem(_ mutant: String) throws {
        guard let browser = Self.browser() else { return }
        let (requirement, place, mutation) = try Self.parse(mutant)
        let site = try Self.site(overriding: place == .site ? "style.css" : "board.css", with: mutation.rule)
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let code = place == .site ? "BG410" : "BG411"
        let checker = SiteChecker(contentFolder: site, today: Fixtures.today)
        let dom = checker.check().diagnostics.filter { $0.item == requirement.item.mark }
        #expect(dom.isEmpty, "DOM mode already sees \(mutant), so it proves nothing:\n\(Fixtures.render(dom))")
        let result = try checker.check(browser: browser)
        let naming = result.diagnostics.filter { $0.item == requirement.item.mark && $0.code == code }
        #expect(!naming.isEmpty, "\(mutant) was not caught:\n\(Fixtures.render(result.diagnostics))")
        #expect(naming.allSatisfy { $0.message.contains("Chromium does not show it") }, "\(naming)")
    }

    /// Pushing the notices' bodies onto a second sheet, by a stylesheet or by the notice template.
    /// A 120 pt title pushes only the timetables' rows off their sheet: a title word wider than the
    /// sheet makes Chromium shrink the whole printout to fit, so the other notices keep their items
    /// on the first sheet and only run longer (BG501).
    @Test(arguments: ["page-break-before-the-body", "a-120pt-title", "page-break-in-the-notice-template"])
    func aNoticeOnTwoSheetsIsBG501AndItsItemsBG411(_ name: String) throws {
        guard let browser = Self.browser() else { return }
        let site = try Self.site(printing: name)
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let checker = SiteChecker(contentFolder: site, today: Fixtures.today)
        #expect(!checker.check().hasErrors, "DOM mode sees \(name)")
        let result = try checker.check(browser: browser)
        let sheets = result.diagnostics.filter { $0.code == "BG501" }
        #expect(sheets.contains { $0.location.file == "board.yaml" && $0.message.contains("on 2 sheets") })
        #expect(sheets.contains { $0.message.contains("board/print.html") })
        let pushed = Self.requirements.filter { requirement in
            guard requirement.places.contains(.board) else { return false }
            guard name == "a-120pt-title" else { return true }
            if case .timetable = requirement.item { return true }
            return false
        }
        #expect(!pushed.isEmpty)
        for requirement in pushed {
            #expect(
                result.diagnostics.contains { $0.item == requirement.item.mark && $0.code == "BG411" },
                "\(name): \(requirement.item) is not named:\n\(Fixtures.render(result.diagnostics))")
        }
    }

    /// Restylings that change nothing a reader must see: no finding.
    @Test(arguments: ["site", "board"]) func harmlessRestylingPasses(_ place: String) throws {
        guard let browser = Self.browser() else { return }
        let rules = Self.requirements.map { BrowserMutation.harmless(for: $0) }.joined(separator: "\n")
        let site = try Self.site(overriding: place == "site" ? "style.css" : "board.css", with: rules)
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let result = try SiteChecker(contentFolder: site, today: Fixtures.today).check(browser: browser)
        #expect(result.diagnostics.isEmpty, "false alarm:\n\(Fixtures.render(result.diagnostics))")
    }

    /// The Swift half, without Chromium: a verdict only takes away what the markup showed, one
    /// readable occurrence on a page is enough, and the text a reader cannot read is named.
    @Test func aVerdictOnlyTakesAwayWhatTheMarkupShowed() throws {
        let builder = SiteBuilder(contentFolder: Self.content, today: Fixtures.today)
        let session = try #require(builder.load().session)
        func findings(_ verdicts: [RenderedItem]) -> [Diagnostic] {
            let marks = session.publicationChecker.makeMarks()
            let build = builder.render(session, judgedOnly: true) { marks.add(page: $0.path, contents: $0.contents) }
            for page in marks.judgedPages { marks.overrule(page: page, rendered: verdicts) }
            return session.publicationChecker.check(marks, notices: build.notices)
        }
        let mark = "contact:it-phone"
        let value = "+7 (3412) 55-12-40"
        func rendered(_ text: String, drops: [RenderedItem.Drop] = []) -> RenderedItem {
            RenderedItem(
                mark: mark, path: "body > main > ul > li", problem: nil,
                html: "<li data-item=\"\(mark)\"><span data-value><a href=\"tel:+73412551240\">\(text)</a></span></li>",
                drops: drops)
        }
        let unreadable = rendered(
            "",
            drops: [
                RenderedItem.Drop(path: "body > main > ul > li > span > a", problem: "has contrast 1.0:1", text: value)
            ])
        #expect(!findings([unreadable, rendered(value)]).contains { $0.item == mark })
        let hidden = findings([unreadable]).filter { $0.item == mark }
        #expect(Set(hidden.map(\.code)) == ["BG410", "BG411"])
        #expect(
            hidden.allSatisfy {
                $0.message.contains("because its text '\(value)' (body > main > ul > li > span > a) has contrast 1.0:1")
            })
        let missing = findings([rendered(value)]).filter { $0.item == "contact:help-email" }
        #expect(
            missing.count == 2
                && missing.allSatisfy { $0.message.contains("not on the page once its scripts have run") })
    }

    @Test func aPageThatNeverFinishesLoadingTimesOut() throws {
        guard var browser = Self.browser() else { return }
        browser.pageTimeout = 3
        let site = try Self.site(overriding: "foot.mustache", base: "foot.mustache") {
            $0.replacingOccurrences(of: "</body>", with: "<script>for (;;) {}</script>\n</body>")
        }
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let started = Date()
        #expect {
            try SiteChecker(contentFolder: site, today: Fixtures.today).check(browser: browser)
        } throws: { error in
            "\(error)".contains("did not finish") && "\(error)".contains("within 3 s")
        }
        // The bound is loose because a loaded CI machine builds the site slowly; a hang would last forever.
        #expect(Date().timeIntervalSince(started) < 90)
    }

    @Test func aMissingBrowserIsAUsageErrorWithTheInstallHint() throws {
        guard let binary = CommandLineTests.binary else {
            Issue.record("the boardgen binary is not built; run `make test`")
            return
        }
        let output = try ExternalTool.run(
            binary, ["check", "--browser", "--today", "2026-11-22"], in: Fixtures.repository,
            environment: ["PATH": "/nonexistent"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("sudo apt-get install chromium"), "\(output.stderr)")
    }
}

private extension BrowserCheckTests {
    /// The browser options, or nil with a recorded issue when chromium or poppler is missing.
    static func browser() -> SiteChecker.Browser? {
        guard let chromium = ExternalTool.require("chromium"), ExternalTool.require("pdfinfo") != nil,
            ExternalTool.require("pdftotext") != nil
        else { return nil }
        return SiteChecker.Browser(executable: chromium)
    }

    static func parse(_ mutant: String) throws -> (Requirement, PublicationPolicy.Place, BrowserMutation) {
        let parts = mutant.split(separator: "|").map(String.init)
        let requirement = try #require(requirements.first { $0.item.mark == parts[1] })
        let place = try #require(PublicationPolicy.Place(rawValue: parts[2]))
        let mutation = try #require(BrowserMutation.families(for: requirement).first { $0.family == parts[0] })
        return (requirement, place, mutation)
    }

    /// content/ copied with one template or asset overridden: the default with `rules` appended.
    static func site(overriding file: String, with rules: String) throws -> URL {
        try site(overriding: "assets/\(file)", base: "assets/\(file)") { $0 + "\n" + rules + "\n" }
    }

    /// content/ copied with `templates/<file>` made from the default `Templates/<base>`.
    static func site(overriding file: String, base: String, _ edit: (String) -> String) throws -> URL {
        let site = Fixtures.makeTemporaryFolder("browser-check").appendingPathComponent("content")
        try FileManager.default.copyItem(at: content, to: site)
        let target = site.appendingPathComponent("templates/\(file)")
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let original = try String(
            contentsOf: Fixtures.repository.appendingPathComponent("Templates/\(base)"), encoding: .utf8)
        try edit(original).write(to: target, atomically: true, encoding: .utf8)
        return site
    }

    /// content/ copied with its notices pushed onto a second sheet.
    static func site(printing name: String) throws -> URL {
        switch name {
        case "page-break-before-the-body":
            return try site(overriding: "board.css", with: ".notice-body { break-before: page; }")
        case "a-120pt-title":
            return try site(overriding: "board.css", with: ".notice h1 { font-size: 120pt; }")
        default:
            return try site(overriding: "notice.mustache", base: "notice.mustache") {
                $0.replacingOccurrences(
                    of: "<div class=\"notice-body\">",
                    with: "<div class=\"sheet-break\" style=\"break-before: page\"></div>\n<div class=\"notice-body\">")
            }
        }
    }
}
