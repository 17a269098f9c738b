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
    /// the body type (16 pt or more), the type of the phones and e-mails on contacts notices (28 pt or more) and
    /// the sheet count per site (`scripts/a11y/sheets.py`).
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
        // Each notice's kind, in print order ("<article class=\"notice notice-contacts …"): contacts notices must
        // print their phones and e-mails at 28 pt or more (other kinds where they fit: notice-fit.js decides).
        let kinds = board.matches(of: /<article class="notice notice-([a-z]+)/).map { String($0.output.1) }
        let script = Fixtures.repository.appendingPathComponent("scripts/a11y/sheets.py").path
        // One sheet per notice, filled to three quarters (or at the largest type), body type at least 16 pt.
        let run = try ExternalTool.run(
            python,
            [
                script, pdf.path, String(kinds.count), "--min-body", "16", "--kinds", kinds.joined(separator: ","),
                "--min-key", "28", "--key-kinds", "contacts",
            ])
        #expect(run.status == 0, "\(site): printed notices measured by sheets.py:\n\(run.stdout)\(run.stderr)")
        #expect(kinds.count >= 4, "\(site): expected the notices of the board, found \(kinds)")
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
