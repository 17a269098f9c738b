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

/// A site overrides any default template or asset with a file of the same name in `templates/`.
@Suite struct TemplateOverrideTests {
    @Test func aSiteTemplateAndAssetReplaceTheDefaults() throws {
        let site = try CorpusCase.prepare(Fixtures.root.appendingPathComponent("accepted/bom-site-yaml"))
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let templates = try site.appendingPathComponent("templates/assets").creatingFolder().deletingLastPathComponent()
        let foot = DefaultTemplates.files["foot.mustache"]!.replacingOccurrences(
            of: "</footer>", with: "<p>Сайт ведёт учитель информатики</p></footer>")
        try foot.write(to: templates.appendingPathComponent("foot.mustache"), atomically: true, encoding: .utf8)
        try "body { color: #111; }\n".write(
            to: templates.appendingPathComponent("assets/style.css"), atomically: true, encoding: .utf8)
        let result = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
        let failed = result.hasErrors
        #expect(!failed, "\(Fixtures.render(result.diagnostics))")
        let pages = result.files.filter { $0.path.hasSuffix(".html") && !$0.path.hasPrefix("board/") }
        #expect(!pages.isEmpty && pages.allSatisfy { $0.text.contains("Сайт ведёт учитель информатики") })
        #expect(result.files.first { $0.path == "assets/style.css" }?.text == "body { color: #111; }\n")
        #expect(
            result.files.first { $0.path == "assets/board.css" }?.text == DefaultTemplates.files["assets/board.css"])
    }

    @Test func theEmbeddedTemplatesMatchTemplatesFolder() throws {
        let folder = Fixtures.repository.appendingPathComponent("Templates")
        let files = Fixtures.snapshot(folder).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(files == DefaultTemplates.files, "Templates/ changed: run `make templates`")
    }

    @Test func anOutputFolderHoldingTheContentIsRefused() throws {
        let folder = Fixtures.makeTemporaryFolder("nested")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try folder.appendingPathComponent("content").creatingFolder()
        try Fixtures.overlay(Fixtures.baseSite, onto: content)
        for output in [folder, content, content.appendingPathComponent("public")] {
            let result = SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output)
            #expect(result.diagnostics.map(\.code) == ["BG701"], "\(output.path)")
        }
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yaml").path))
        let foreign = try folder.appendingPathComponent("documents").creatingFolder()
        try "важный файл".write(to: foreign.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let refused = SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: foreign)
        #expect(refused.diagnostics.map(\.code) == ["BG701"], "a folder not made by boardgen is never replaced")
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("notes.txt").path))
    }
}
