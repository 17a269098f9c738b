import Foundation
import Testing

@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenModel
@testable import BoardGenWrite
@testable import ScheduleModel

/// The build cache (issue 17): a rebuild renders only the pages whose inputs changed, and its
/// output is byte for byte a cold build of the edited content, whatever was edited.
@Suite struct BuildCacheTests {
    /// One edit of the repository's content folder, and how many regulation pages a rebuild may
    /// take from the cache after it (of the two).
    enum Edit: String, CaseIterable, CustomTestStringConvertible {
        case regulationBody, unquotedRegulationBody, boardRuleText, regulationTitle, contactsPhone, templateOverride,
            attachmentBytes
        case linkRemovedFromOnePage, regulationAdded, regulationRemoved, schoolCalendar, nothing
        case regulationKind, formOfAnotherRegulation

        var testDescription: String { rawValue }

        /// What a warm rebuild must render again after the edit.
        enum Rendered: Equatable {
            /// Exactly these cache entries.
            case exactly([String])
            /// The site-wide pages and the board (a front matter changed), and of the regulation pages only these.
            case siteWideAnd(regulationPages: [String])
            /// Every entry (the data every page reads changed).
            case everything
        }

        var rendered: Rendered {
            switch self {
            // The board summarises this regulation, but not the text edited: the notice is the same, the
            // board's pages are not rendered again.
            case .regulationBody, .linkRemovedFromOnePage: .exactly(["regulations/informirovanie.md"])
            // A regulation the board does not show: its page alone.
            case .unquotedRegulationBody: .exactly(["regulations/kopiya.md"])
            // The board quotes rule 1.2: its notice, the index and the printed board change too.
            case .boardRuleText:
                .exactly([
                    "@board/help-rules.html", "@board/index.html", "@board/print.html",
                    "regulations/pomosch-ezh.md",
                ])
            case .nothing: .exactly([])
            // The document's own page and the pages that list or quote the documents; not the other document's
            // page (RegulationPageFacts).
            case .regulationTitle: .siteWideAnd(regulationPages: ["regulations/informirovanie.md"])
            case .regulationAdded: .siteWideAnd(regulationPages: ["regulations/kopiya.md"])
            case .regulationRemoved: .siteWideAnd(regulationPages: [])
            // The other document prints this form with a `form` directive: its page is rendered again too.
            case .formOfAnotherRegulation:
                .siteWideAnd(regulationPages: ["regulations/informirovanie.md", "regulations/pomosch-ezh.md"])
            // A second kind of document renames the menu of every page ("Документы").
            case .contactsPhone, .templateOverride, .attachmentBytes, .schoolCalendar, .regulationKind: .everything
            }
        }

        /// Before the first build: the regulation that `regulationRemoved` removes is added.
        func prepare(_ content: URL) throws {
            if self == .regulationRemoved { try Edit.regulationAdded.apply(to: content) }
            if self == .formOfAnotherRegulation {
                try append(
                    "\nЖурнал заявок:\n\n```form request-log\n```\n",
                    to: content.appendingPathComponent("regulations/informirovanie.md"))
            }
            if self == .unquotedRegulationBody {
                try Edit.regulationAdded.apply(to: content)
                try replace(
                    "\nboard: summary\n", with: "\n", in: content.appendingPathComponent("regulations/kopiya.md"))
            }
        }

        func apply(to content: URL) throws {
            let informing = content.appendingPathComponent("regulations/informirovanie.md")
            switch self {
            case .regulationBody:
                try append("\nНовый абзац.\n", to: informing)
            case .unquotedRegulationBody:
                try append("\nНовый абзац.\n", to: content.appendingPathComponent("regulations/kopiya.md"))
            case .boardRuleText:
                try replace(
                    "1.2. График консультаций", with: "1.2. Новый график консультаций",
                    in: content.appendingPathComponent("regulations/pomosch-ezh.md"))
            case .regulationTitle:
                try replace(
                    "title: \"Регламент информирования", with: "title: \"Новый регламент информирования",
                    in: informing)
            case .contactsPhone:
                try replace(
                    "+7 (3412) 55-12-40", with: "+7 (3412) 55-12-49",
                    in: content.appendingPathComponent("contacts.yaml"))
            case .templateOverride:
                let builtIn = try String(
                    contentsOf: Fixtures.repository.appendingPathComponent("Templates/foot.mustache"), encoding: .utf8)
                let folder = content.appendingPathComponent("templates")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try (builtIn + "<!-- изменённый подвал -->\n").write(
                    to: folder.appendingPathComponent("foot.mustache"), atomically: true, encoding: .utf8)
            case .attachmentBytes:
                try append(
                    String(repeating: "%", count: 4096),
                    to: content.appendingPathComponent("files/zayavlenie-bez-ed.pdf"))
            case .linkRemovedFromOnePage:
                // Both pages link the form; the page that handed it on first no longer does.
                try replace(
                    "[Заявление об информировании без электронного дневника](../files/zayavlenie-bez-ed.pdf)",
                    with: "заявление", in: informing)
            case .regulationAdded:
                let text = try String(contentsOf: informing, encoding: .utf8)
                    .replacingOccurrences(of: "slug: informirovanie", with: "slug: informirovanie-kopiya")
                try text.write(
                    to: content.appendingPathComponent("regulations/kopiya.md"), atomically: true, encoding: .utf8)
            case .regulationRemoved:
                try FileManager.default.removeItem(at: content.appendingPathComponent("regulations/kopiya.md"))
            case .schoolCalendar:
                // Notations (desk hours, slots) are read with the calendar: every file is decoded again.
                try replace(
                    "{ name: \"Зимние каникулы\",   start: 2026-12-29",
                    with: "{ name: \"Зимние каникулы\",   start: 2026-12-26",
                    in: content.appendingPathComponent("site.yaml"))
            case .nothing:
                break
            case .regulationKind:
                try replace("slug: informirovanie\n", with: "slug: informirovanie\nkind: положение\n", in: informing)
            case .formOfAnotherRegulation:
                try replace(
                    "title: \"Журнал регистрации заявок на обслуживание",
                    with: "title: \"Журнал заявок на обслуживание",
                    in: content.appendingPathComponent("regulations/pomosch-ezh.md"))
            }
        }
    }

    /// The repository's content, with the form linked from both regulations.
    func makeContent(in folder: URL) throws -> URL {
        let content = try Fixtures.copyOfContent(in: folder)
        try append(
            "\nФорма заявления: [Заявление](../files/zayavlenie-bez-ed.pdf).\n",
            to: content.appendingPathComponent("regulations/pomosch-ezh.md"))
        return content
    }

    func expectRendered(_ rendered: [String], reused: Int, after edit: Edit) {
        switch edit.rendered {
        case .exactly(let expected):
            #expect(rendered == expected)
            #expect(reused > 10, "the other pages come from the cache")
        case .siteWideAnd(let regulationPages):
            #expect(rendered.filter { !$0.hasPrefix("@") } == regulationPages)
            #expect(rendered.contains("@index.html") && rendered.contains("@regulations/index.html"))
            // The content has two regulations (three after `regulationAdded`); the others are reused.
            #expect(reused == 2 - regulationPages.count + (edit == .regulationAdded ? 1 : 0))
        case .everything:
            #expect(reused == 0)
            #expect(rendered.count > 10)
        }
    }

    func build(_ content: URL, into output: URL, cache: Bool, today: LocalDate = Fixtures.today) -> SiteBuilder.Result {
        let store = cache ? BuildCache(file: BuildCache.defaultFile(forOutput: output), toolIdentity: "test") : nil
        return SiteBuilder(contentFolder: content, today: today).build(into: output, cache: store)
    }

    @Test(arguments: Edit.allCases) func aWarmRebuildEqualsAColdBuild(_ edit: Edit) throws {
        let folder = Fixtures.makeTemporaryFolder("build-cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try makeContent(in: folder)
        try edit.prepare(content)
        let output = folder.appendingPathComponent("public")
        let first = build(content, into: output, cache: true)
        #expect(!first.hasErrors, "\(Fixtures.render(first.diagnostics))")
        #expect(first.reusedPageCount == 0)

        try edit.apply(to: content)
        let warm = build(content, into: output, cache: true)
        let cold = build(content, into: folder.appendingPathComponent("cold"), cache: false)
        #expect(!warm.hasErrors && !cold.hasErrors)
        expectRendered(warm.renderedCacheEntries, reused: warm.reusedPageCount, after: edit)
        #expect(Fixtures.render(warm.diagnostics) == Fixtures.render(cold.diagnostics))
        #expect(warm.fileCount == cold.fileCount)
        let warmFiles = Fixtures.snapshot(output), coldFiles = Fixtures.snapshot(folder.appendingPathComponent("cold"))
        #expect(warmFiles.keys.sorted() == coldFiles.keys.sorted())
        for (path, data) in coldFiles where warmFiles[path] != data {
            Issue.record("\(path) differs from a cold build after \(edit.rawValue)")
        }
        // The cache is a file next to the output, never published inside it.
        #expect(FileManager.default.fileExists(atPath: BuildCache.defaultFile(forOutput: output).path))
        #expect(!warmFiles.keys.contains { $0.contains("boardgen-cache") })
        try expectCacheFilesAsWrittenAfresh(besideOutput: output, in: folder)
    }

    /// The rebuild copied the lines of unchanged entries and notes from the previous files: what it
    /// wrote is what writing the same entries and notes from scratch gives.
    func expectCacheFilesAsWrittenAfresh(besideOutput output: URL, in folder: URL) throws {
        let cacheFile = BuildCache.defaultFile(forOutput: output)
        let stored = try #require(BuildCache.read(cacheFile))
        let afresh = folder.appendingPathComponent("cache-afresh")
        try BuildCache.encode(stored.entries, sortedSources: stored.order).write(to: afresh)
        #expect(try Data(contentsOf: afresh) == Data(contentsOf: cacheFile))
        let inputsFile = StoredInputs.file(besideCache: cacheFile)
        let notes = try #require(StoredInputs.read(inputsFile))
        notes.write(to: afresh)
        #expect(try Data(contentsOf: afresh) == Data(contentsOf: inputsFile))
    }

    @Test func anotherDayRendersEverything() throws {
        let folder = Fixtures.makeTemporaryFolder("build-cache-day")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try makeContent(in: folder)
        let output = folder.appendingPathComponent("public")
        #expect(!build(content, into: output, cache: true).hasErrors)
        let tomorrow = try #require(LocalDate(iso: "2026-11-23"))
        let warm = build(content, into: output, cache: true, today: tomorrow)
        #expect(warm.reusedPageCount == 0)
        let cold = folder.appendingPathComponent("cold")
        #expect(!build(content, into: cold, cache: false, today: tomorrow).hasErrors)
        #expect(Fixtures.snapshot(output) == Fixtures.snapshot(cold))
    }

    @Test func aPageEditedByHandInTheOutputIsRenderedAgain() throws {
        let folder = Fixtures.makeTemporaryFolder("build-cache-hand")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try makeContent(in: folder)
        let output = folder.appendingPathComponent("public")
        #expect(!build(content, into: output, cache: true).hasErrors)
        let expected = Fixtures.snapshot(output)
        let page = output.appendingPathComponent("regulations/pomosch-ezh.html")
        // Same size, so that only the stamp's time and inode can tell.
        let original = try Data(contentsOf: page)
        try Data(repeating: UInt8(ascii: "x"), count: original.count).write(to: page)
        let warm = build(content, into: output, cache: true)
        #expect(warm.renderedCacheEntries == ["regulations/pomosch-ezh.md"])
        #expect(Fixtures.snapshot(output) == expected)
    }

    @Test func aBuildWhoseRenderingReportedSomethingKeepsNothing() throws {
        let folder = Fixtures.makeTemporaryFolder("build-cache-warned")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try makeContent(in: folder)
        // An image without alt text: reported while the page is rendered, not while loading.
        try append(
            "\n![](files/put-k-otmetkam.png)\n", to: content.appendingPathComponent("regulations/pomosch-ezh.md"))
        let output = folder.appendingPathComponent("public")
        let first = build(content, into: output, cache: true)
        #expect(first.diagnostics.contains { $0.code == DiagnosticCode.imageWithoutAlt.rawValue })
        let second = build(content, into: output, cache: true)
        #expect(second.reusedPageCount == 0)
        #expect(Fixtures.render(second.diagnostics) == Fixtures.render(first.diagnostics))
    }

    @Test func aCacheFileOfAnotherFormatIsIgnored() throws {
        let folder = Fixtures.makeTemporaryFolder("build-cache-foreign")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try makeContent(in: folder)
        let output = folder.appendingPathComponent("public")
        #expect(!build(content, into: output, cache: true).hasErrors)
        let expected = Fixtures.snapshot(output)
        try Data("not a cache\nE\tx\n".utf8).write(to: BuildCache.defaultFile(forOutput: output))
        let warm = build(content, into: output, cache: true)
        #expect(warm.reusedPageCount == 0)
        #expect(Fixtures.snapshot(output) == expected)
        let again = build(content, into: output, cache: true)
        #expect(again.renderedCacheEntries.isEmpty && again.reusedPageCount > 10)
    }

    @Test(arguments: Edit.allCases)
    func aPreviewWithTheMemoryCacheEqualsOneWithout(_ edit: Edit) throws {
        let folder = Fixtures.makeTemporaryFolder("build-cache-preview")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try makeContent(in: folder)
        try edit.prepare(content)
        let cache = BuildCache(toolIdentity: "test")
        let builder = SiteBuilder(contentFolder: content, today: Fixtures.today)
        let first = builder.renderPreview(cache: cache)
        #expect(first.reusedPageCount == 0)
        // The first check fills the memory of what each page shows.
        _ = first.makeFindings()
        let marks = try #require(cache.pageMarks)
        try edit.apply(to: content)
        let warm = builder.renderPreview(cache: cache)
        let cold = builder.renderPreview()
        expectRendered(warm.renderedCacheEntries, reused: warm.reusedPageCount, after: edit)
        #expect(warm.diagnostics.map(\.formatted) == cold.diagnostics.map(\.formatted))
        #expect(warm.files == cold.files)
        #expect(warm.makeFindings().map(\.formatted) == cold.makeFindings().map(\.formatted))
        // Pages whose bytes did not change are not parsed again, unless the required items changed.
        if case .exactly = edit.rendered { #expect(marks.reusedCount > 10) }
    }

    /// A check after a rebuild judges a changed page again, even when its required items did not change:
    /// a page edited to hide a phone is found.
    @Test func aPreviewCheckJudgesAChangedPageAgain() throws {
        let folder = Fixtures.makeTemporaryFolder("build-cache-marks")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try makeContent(in: folder)
        let cache = BuildCache(toolIdentity: "test")
        let builder = SiteBuilder(contentFolder: content, today: Fixtures.today)
        let before = builder.renderPreview(cache: cache).makeFindings().map(\.formatted)
        // The regulation page's template, overridden to leave out the approval block.
        let builtIn = try String(
            contentsOf: Fixtures.repository.appendingPathComponent("Templates/regulation.mustache"), encoding: .utf8)
        let folderOfTemplates = content.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: folderOfTemplates, withIntermediateDirectories: true)
        try builtIn.replacingOccurrences(of: "{{> approval}}\n", with: "").write(
            to: folderOfTemplates.appendingPathComponent("regulation.mustache"), atomically: true, encoding: .utf8)
        let warm = builder.renderPreview(cache: cache).makeFindings().map(\.formatted)
        let cold = builder.renderPreview().makeFindings().map(\.formatted)
        #expect(warm == cold)
        #expect(warm.count > before.count, "the regulations' pages no longer show their approval")
    }

    /// The decoded regulations `serve` keeps: an unchanged file is not decoded again, yet what its
    /// decoding reported is reported on every build; a changed calendar decodes every file again.
    @Test func aPreviewDecodesOnlyTheChangedRegulationsAndRepeatsTheirFindings() throws {
        let folder = Fixtures.makeTemporaryFolder("build-cache-memo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try makeContent(in: folder)
        let informing = content.appendingPathComponent("regulations/informirovanie.md")
        // An example value left in the front matter: a loading warning (BG130) of an unchanged file.
        try replace("\norder: 2\n", with: "\norder: 2  # пример\n", in: informing)
        // A channel that cannot be decoded: the references to it are not reported again, on any build.
        try replace(
            "id: school-phone\n    kind: phone", with: "id: school-phone\n    kind: pigeon",
            in: content.appendingPathComponent("contacts.yaml"))
        let cache = BuildCache(toolIdentity: "test")
        let builder = SiteBuilder(contentFolder: content, today: Fixtures.today)
        let first = builder.renderPreview(cache: cache)
        let warning = try #require(first.diagnostics.first { $0.location.file == "regulations/informirovanie.md" })
        let memo = try #require(cache.loads)
        let regulations = try FileManager.default.contentsOfDirectory(
            atPath: content.appendingPathComponent("regulations").path
        ).filter { $0.hasSuffix(".md") }.count
        #expect(memo.reusedCount == 0)
        #expect(first.diagnostics.contains { $0.location.file == "contacts.yaml" })
        #expect(
            !first.diagnostics.contains { $0.message.contains("'school-phone'") && $0.location.file.hasPrefix("reg") })
        // contacts.yaml, people.yaml, timetables.yaml and desks.yaml.
        let lists = 4

        try append("\nНовый абзац.\n", to: content.appendingPathComponent("regulations/pomosch-ezh.md"))
        let second = builder.renderPreview(cache: cache)
        #expect(memo.reusedCount == regulations - 1 + lists)
        #expect(second.diagnostics.contains(warning))
        #expect(second.diagnostics.map(\.formatted) == builder.renderPreview().diagnostics.map(\.formatted))

        let siteFile = content.appendingPathComponent("site.yaml")
        let site = try String(contentsOf: siteFile, encoding: .utf8)
        try (site + "\n").write(to: siteFile, atomically: true, encoding: .utf8)
        let third = builder.renderPreview(cache: cache)
        #expect(
            memo.reusedCount == 2 * (regulations + lists) - 1, "the calendar did not change: nothing decoded again")
        #expect(third.diagnostics.map(\.formatted) == builder.renderPreview().diagnostics.map(\.formatted))
    }
}

private func append(_ text: String, to file: URL) throws {
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
}

private func replace(_ old: String, with new: String, in file: URL) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains(old), "\(file.lastPathComponent) holds '\(old)'")
    try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
}
