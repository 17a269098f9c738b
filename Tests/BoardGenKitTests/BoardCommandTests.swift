import Foundation
import Testing

@testable import BoardGenBoard
@testable import BoardGenCheck
@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenLoad
@testable import BoardGenMarkdown
@testable import BoardGenModel
@testable import BoardGenRender
@testable import BoardGenSupport
@testable import BoardGenWrite

/// `boardgen board`: the PDF, "only what changed", a missing browser, and unreadable content.
@Suite(.serialized) struct BoardCommandTests {
    func run(
        _ arguments: [String], environment: [String: String]? = nil, as user: Bool = false
    ) throws -> ExternalTool.Output {
        guard let binary = CommandLineTests.binary else {
            Issue.record("run `make test` to build boardgen first")
            return ExternalTool.Output(status: -1, stdout: "", stderr: "")
        }
        return try ExternalTool.run(binary, arguments, in: Fixtures.repository, environment: environment)
    }

    @Test func sinceListsOnlyTheNoticesWhoseContentChanged() throws {
        let folder = Fixtures.makeTemporaryFolder("since")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try folder.appendingPathComponent("content").creatingFolder()
        try Fixtures.overlay(Fixtures.repository.appendingPathComponent("content"), onto: content)
        let earlier = folder.appendingPathComponent("earlier").path
        #expect(
            try run(["board", "--content", content.path, "--output", earlier, "--today", "2026-11-22"]).status == 0)
        let unchanged = try run([
            "board", "--content", content.path, "--output", folder.appendingPathComponent("same").path,
            "--today", "2026-12-01", "--since", earlier,
        ])
        #expect(
            unchanged.stdout.contains("no notice changed"), "a new print date alone is no change: \(unchanged.stdout)")
        let contacts = content.appendingPathComponent("contacts.yaml")
        let text = try String(contentsOf: contacts, encoding: .utf8)
        #expect(text.contains("(3412) 55-12-40"))
        try text.replacingOccurrences(of: "(3412) 55-12-40", with: "(3412) 55-12-49").write(
            to: contacts, atomically: true, encoding: .utf8)
        let changed = try run([
            "board", "--content", content.path, "--output", folder.appendingPathComponent("new").path,
            "--today", "2026-11-22", "--since", earlier,
        ])
        #expect(changed.status == 0)
        #expect(changed.stdout.contains("contacts-staff"), "\(changed.stdout)")
        #expect(
            changed.stdout.contains("school-desk") && !changed.stdout.contains("contacts-parents"), "\(changed.stdout)")
    }

    @Test func pdfOfChangedNoticesHasOnePagePerChangedNotice() throws {
        guard ExternalTool.require("chromium") != nil, let pdfinfo = ExternalTool.require("pdfinfo") else { return }
        let folder = Fixtures.makeTemporaryFolder("pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("all.pdf")
        let all = try run([
            "board", "--content", "examples/elzhur-school", "--output", folder.appendingPathComponent("out").path,
            "--today", "2026-11-22", "--pdf", pdf.path,
        ])
        #expect(all.status == 0, "\(all.stderr)")
        let info = try ExternalTool.run(pdfinfo, [pdf.path]).stdout
        let notices = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("out/board").path
        )
        .filter { $0.hasSuffix(".html") && $0 != "index.html" && $0 != "print.html" }
        #expect(info.contains("Pages:           \(notices.count)\n"), "\(info)")
    }

    @Test func withoutABrowserThePDFIsRefusedNamingThePackage() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "/nonexistent"
        environment["BOARDGEN_CHROMIUM"] = nil
        let folder = Fixtures.makeTemporaryFolder("nobrowser")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(
            [
                "board", "--output", folder.appendingPathComponent("out").path, "--pdf",
                folder.appendingPathComponent("x.pdf").path,
            ],
            environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("apt-get install chromium"), "\(result.stderr)")
    }

    @Test func anUnreadableContentFileIsReportedNotSkipped() throws {
        guard let binary = CommandLineTests.binary else { Issue.record("run `make test` first"); return }
        let folder = Fixtures.makeTemporaryFolder("unreadable")
        defer { try? FileManager.default.removeItem(at: folder) }
        chmod(folder.path, 0o755)
        let content = try folder.appendingPathComponent("content").creatingFolder()
        try Fixtures.overlay(Fixtures.baseSite, onto: content)
        for path in ["", "/regulations"] { chmod(content.path + path, 0o755) }
        for file in ["site.yaml", "people.yaml", "timetables.yaml", "desks.yaml", "regulations/help.md"] {
            chmod(content.appendingPathComponent(file).path, 0o644)
        }
        chmod(content.appendingPathComponent("contacts.yaml").path, 0o000)
        var executable = binary
        var arguments = ["build", "--content", content.path, "--output", folder.appendingPathComponent("out").path]
        if getuid() == 0 {
            guard let setpriv = ExternalTool.find("setpriv") else {
                Issue.record("setpriv (util-linux) is missing"); return
            }
            executable = setpriv
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments
        }
        let result = try ExternalTool.run(executable, arguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains("contacts.yaml:1:1: error: [BG100] permission denied"), "\(result.stderr)")
    }
}

/// Every generated label follows the site's language.
@Suite struct LanguageTests {
    @Test func englishSitesGetEnglishLabels() throws {
        let site = try CorpusCase.prepare(Fixtures.root.appendingPathComponent("bad-input/hours-25-00"))
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        try Fixtures.overlay(Fixtures.baseSite, onto: site)
        let settings = site.appendingPathComponent("site.yaml")
        try (try String(contentsOf: settings, encoding: .utf8)).replacingOccurrences(
            of: "language: ru", with: "language: en"
        )
        .write(to: settings, atomically: true, encoding: .utf8)
        let result = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
        let failed = result.hasErrors
        #expect(!failed, "\(Fixtures.render(result.diagnostics))")
        let home = result.files.first { $0.path == "index.html" }!.text
        #expect(home.contains("<html lang=\"en\">"))
        #expect(home.contains("Where to get help") && home.contains(">Contacts<"))
        for russian in ["Куда обращаться", "Контакты", "График консультаций", "Для сотрудников"] {
            #expect(!home.contains(russian), "'\(russian)' is a Russian label on an English site")
        }
        #expect(result.files.first { $0.path == "timetable.html" }!.text.contains("Mon, Wed 14:00–15:00"))
    }
}
