import Foundation
import Testing

@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenLoad
@testable import BoardGenMarkdown
@testable import BoardGenModel
@testable import BoardGenRender

/// Files linked from a regulation are published byte for byte at their content path and labelled
/// with their type and size (issue 13, item 8), using the accepted case `table-and-attachments`.
@Suite struct AttachmentTests {
    static let fixture = Fixtures.root.appendingPathComponent("accepted/table-and-attachments")

    /// The published files that must equal their sources byte for byte (the XLSX holds every byte
    /// value, so any text decoding on the way would show).
    static let files = [
        "files/blank.pdf", "files/sroki.xlsx", "files/памятка.txt", "regulations/files/plan.png",
    ]

    @Test func attachmentsArePublishedByteForByteAndLabelled() throws {
        try CorpusCase.withSite(of: Self.fixture) { site in
            let output = site.deletingLastPathComponent().appendingPathComponent("public")
            let result = SiteBuilder(contentFolder: site, today: Fixtures.today).build(into: output)
            #expect(!result.hasErrors, "\(Fixtures.render(result.diagnostics))")
            for path in Self.files {
                let published = try Data(contentsOf: output.appendingPathComponent(path))
                #expect(published == (try Data(contentsOf: site.appendingPathComponent(path))), "\(path)")
            }
            let help = try String(contentsOf: output.appendingPathComponent("regulations/help.html"), encoding: .utf8)
            #expect(help.contains(#"бланк заявки<span class="attachment-info"> (PDF, 21 КБ)</span></a>"#))
            #expect(help.contains(#"памятку<span class="attachment-info"> (TXT, 61 Б)</span></a>"#))
            #expect(help.contains(#"<img src="files/plan.png" alt="Кабинет 21 на втором этаже" />"#))
            #expect(help.contains(#"<a href="https://example.ru/help.pdf">сайте платформы</a>"#), "a web link stays")
            let second = try String(
                contentsOf: output.appendingPathComponent("regulations/second.html"), encoding: .utf8)
            #expect(second.contains(#"таблица сроков<span class="attachment-info"> (XLSX, 3 КБ)</span>"#))
        }
    }

    @Test func englishSitesLabelFilesAndTablesInEnglish() throws {
        try CorpusCase.withSite(of: Self.fixture) { site in
            let settings = site.appendingPathComponent("site.yaml")
            try (try String(contentsOf: settings, encoding: .utf8))
                .replacingOccurrences(of: "language: ru", with: "language: en")
                .write(to: settings, atomically: true, encoding: .utf8)
            let result = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
            let help = try #require(result.files.first { $0.path == "regulations/help.html" }).text
            #expect(help.contains(#"(PDF, 21 KB)"#) && help.contains(#"(TXT, 61 B)"#))
            #expect(help.contains(#"aria-label="Table 1""#))
        }
    }

    @Test func fileSizesReadAsAFileManagerShowsThem() {
        let russian = Labels.forLanguage(.ru), english = Labels.forLanguage(.en)
        let cases: [(Int, String, String)] = [
            (0, "0 Б", "0 B"), (1023, "1023 Б", "1023 B"), (1024, "1 КБ", "1 KB"), (245_760, "240 КБ", "240 KB"),
            (1_047_552, "1023 КБ", "1023 KB"), (1_048_064, "1,0 МБ", "1.0 MB"), (1_048_576, "1,0 МБ", "1.0 MB"),
            (1_258_291, "1,2 МБ", "1.2 MB"),
            (15 * 1_048_576, "15 МБ", "15 MB"),
        ]
        for (bytes, ru, en) in cases {
            #expect(russian.fileSize(bytes) == ru)
            #expect(english.fileSize(bytes) == en)
        }
    }

    @Test func checkReadsASiteWithBinaryFiles() throws {
        try CorpusCase.withSite(of: Self.fixture) { site in
            let checker = SiteChecker(contentFolder: site, today: Fixtures.today)
            let fresh = checker.check()
            #expect(!fresh.diagnostics.contains { $0.code.hasPrefix("BG30") }, "\(Fixtures.render(fresh.diagnostics))")
            let output = site.deletingLastPathComponent().appendingPathComponent("public")
            #expect(!SiteBuilder(contentFolder: site, today: Fixtures.today).build(into: output).hasErrors)
            let existing = checker.check(existingOutput: output)
            #expect(Fixtures.render(existing.diagnostics) == Fixtures.render(fresh.diagnostics))
        }
    }

    @Test func aRebuildLinksUnchangedAttachmentsAndRewritesChangedOnes() throws {
        try CorpusCase.withSite(of: Self.fixture) { site in
            let output = site.deletingLastPathComponent().appendingPathComponent("public")
            #expect(!SiteBuilder(contentFolder: site, today: Fixtures.today).build(into: output).hasErrors)
            let pdf = output.appendingPathComponent("files/blank.pdf"),
                xlsx = output.appendingPathComponent("files/sroki.xlsx")
            let before = (pdf: try inode(pdf), xlsx: try inode(xlsx))
            var changed = try Data(contentsOf: site.appendingPathComponent("files/sroki.xlsx"))
            changed[0] ^= 0xFF
            try changed.write(to: site.appendingPathComponent("files/sroki.xlsx"))
            #expect(!SiteBuilder(contentFolder: site, today: Fixtures.today).build(into: output).hasErrors)
            #expect(try inode(pdf) == before.pdf, "an unchanged attachment is linked, not copied again")
            #expect(try inode(xlsx) != before.xlsx)
            #expect(try Data(contentsOf: xlsx) == changed)
        }
    }

    @Test func filesThatCannotBePublishedAreReportedAtTheirLinks() throws {
        try CorpusCase.withSite(of: Self.fixture) { site in
            let manager = FileManager.default
            for folder in ["files/.private", "board"] {
                try manager.createDirectory(at: site.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            for path in ["files/.private/a.pdf", "board/b.pdf", "files/folder.pdf/c.pdf"] {
                try manager.createDirectory(
                    at: site.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true
                )
                try Data("%PDF".utf8).write(to: site.appendingPathComponent(path))
            }
            let big = try FileHandle(forWritingTo: site.appendingPathComponent("files/sroki.xlsx"))
            try big.truncate(atOffset: UInt64(ContentFiles.maximumBytes + 1))  // sparse: no disk used
            try big.close()
            let links = [
                "[a](../files/.private/a.pdf)", "[b](../board/b.pdf)", "[c](../files/folder.pdf)",
                "[d](second.md)", "[e](../files/sroki.xlsx)", "![f](../files/blank.pdf)",
            ]
            let text = "---\ntitle: \"Третий\"\naudiences: [staff]\n---\n" + links.joined(separator: "\n\n") + "\n"
            try text.write(to: site.appendingPathComponent("regulations/third.md"), atomically: true, encoding: .utf8)
            let result = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
            let found = result.diagnostics.filter { $0.location.file == "regulations/third.md" }
                .map { "\($0.location.line) \($0.code) \($0.message.prefix(40))" }
            #expect(
                found == [
                    "5 BG308 'files/.private/a.pdf' is hidden ('.priv",
                    "7 BG308 boardgen generates the folder 'board/' o",
                    "9 BG306 'files/folder.pdf' is not a file; link a",
                    "11 BG308 'second.md' is a content file, not a pag",
                    "13 BG308 'files/sroki.xlsx' is 25.0 MiB, larger t",
                    "15 BG308 a PDF file cannot be shown as a picture;",
                ], "\(found)")
        }
    }

    func inode(_ url: URL) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
    }
}

/// Where a link points, judged from its address alone, and where a relative path lands.
@Suite struct LinkTargetTests {
    @Test func addressesThatAreNotFilesStayAsTheyAre() {
        for url in [
            "https://example.ru/a.pdf", "mailto:help@school.ru", "tel:+73412551234", "#section", "other.html",
            "../calendar/all.ics", "../index.html", "//cdn.example.ru/a.pdf", "files/",
        ] {
            #expect(LinkTarget(url) == .elsewhere, "\(url)")
        }
    }

    @Test func filesArePercentDecodedWithoutQueryOrFragment() {
        #expect(LinkTarget("../files/a%20b.PDF?download=1#page=2") == .file(path: "../files/a b.PDF", extension: "pdf"))
        #expect(LinkTarget("files/plan.png") == .file(path: "files/plan.png", extension: "png"))
        #expect(LinkTarget("/files/a.pdf") == .absolutePath("/files/a.pdf"))
    }

    @Test func relativePathsResolveInsideTheContentFolder() {
        #expect(ContentFiles.resolve("../files/a.pdf", from: "regulations/help.md") == .success("files/a.pdf"))
        #expect(ContentFiles.resolve("./x/../y.pdf", from: "regulations/help.md") == .success("regulations/y.pdf"))
        #expect(
            ContentFiles.resolve("../../a.pdf", from: "regulations/help.md")
                == .failure(.outside(resolved: "../../a.pdf")))
    }
}

/// Tables (cmark-gfm's `table` extension) keep the safety rules and stay within a size bound.
@Suite struct MarkdownTableTests {
    @Test func rawHTMLAndUnsafeLinksInACellAreFoundAtTheirColumn() {
        let markdown = "| Вопрос | Ссылка |\n|---|---|\n| Журнал <b>x</b> | [форма](javascript:alert(1)) |\n"
        let result = CommonMark.render(markdown) { _ in nil }
        let found = result.findings.map { "\($0.kind) \($0.line):\($0.column)" }
        #expect(found == ["rawHTML 3:10", "unsafeLink 3:21"])
        #expect(!result.html.contains("<b>") && !result.html.contains("javascript"))
        #expect(result.html.contains(#"<th scope="col">Вопрос</th>"#))
    }

    @Test func aTableIsWrappedInANumberedRegion() {
        let html = CommonMark.render("| a |\n|---|\n| 1 |\n\n| b |\n|:-:|\n| 2 |\n", tableLabel: "Таблица") { _ in nil }
            .html
        #expect(html.contains(#"<div role="region" tabindex="0" class="table-wrap" aria-label="Таблица 1">"#))
        #expect(html.contains(#"aria-label="Таблица 2">"#))
        #expect(html.contains(#"<th scope="col" style="text-align: center">b</th>"#))
    }

    @Test func aTableWhoseWordsCannotFitSideBySideIsWide() {
        let narrow =
            "| Что | Кто | Срок |\n|---|---|---|\n| Текущая успеваемость | классный руководитель | постоянно |\n"
        let wide =
            "| № | Мероприятие | Адрес |\n|---|---|---|\n"
            + "| 1 | Информирование | https://elzhur.example.ru/dnevnik/uspevaemost/itogovye-otmetki |\n"
        #expect(CommonMark.render(narrow) { _ in nil }.html.contains(#"class="table-wrap" aria-label"#))
        #expect(CommonMark.render(wide) { _ in nil }.html.contains(#"class="table-wrap table-wide" aria-label"#))
    }

    @Test func aSingleTildeIsNotStrikethrough() {
        let html = CommonMark.render("около ~10 минут, ~~старый срок~~ новый срок\n") { _ in nil }.html
        #expect(html == "<p>около ~10 минут, <del>старый срок</del> новый срок</p>\n")
    }

    @Test func theBoundCountsEachTableOnce() {
        let rows = String(repeating: "| - | - |\n", count: 2_000)
        #expect(TableSize.firstOversized(in: "| a | b |\n|---|---|\n" + rows) == nil)
        let wide = "|" + String(repeating: " a |", count: 400) + "\n|" + String(repeating: "---|", count: 400)
        #expect(
            TableSize.firstOversized(in: "Текст\n\n" + wide + "\n" + String(repeating: "x\n", count: 300))?.line == 3)
    }

    @Test func aHugeTableIsRefusedQuickly() {
        let wide = "|" + String(repeating: "a|", count: 20_000) + "\n|" + String(repeating: "-|", count: 20_000)
        let markdown = wide + "\n" + String(repeating: "x\n", count: 200_000)
        let clock = ContinuousClock(), start = clock.now
        let result = CommonMark.render(markdown) { _ in nil }
        #expect(clock.now - start < .seconds(10))
        #expect(result.findings.map(\.kind) == [.tableTooLarge])
        #expect(!result.html.contains("<table"))
    }
}
