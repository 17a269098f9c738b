import Foundation
import Testing

@testable import BoardGenKit
@testable import BoardGenWrite

/// A cached build keeps the output it replaces as the spare folder and the next cached build brings
/// that folder up to date instead of linking every page into a new one (issue 17). The output being
/// replaced is never written into (the spare shares its unchanged files), whatever the spare holds.
@Suite struct SpareFolderTests {
    func build(_ content: URL, into output: URL, cache: Bool = true) -> SiteBuilder.Result {
        let store = cache ? BuildCache(file: BuildCache.defaultFile(forOutput: output), toolIdentity: "test") : nil
        return SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output, cache: store)
    }

    func append(_ text: String, to file: URL) throws {
        let old = try String(contentsOf: file, encoding: .utf8)
        try (old + text).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func theSpareIsBroughtUpToDateWhateverItHolds() throws {
        let folder = Fixtures.makeTemporaryFolder("spare")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try Fixtures.copyOfContent(in: folder)
        let output = folder.appendingPathComponent("public")
        let spare = OutputWriter(outputFolder: output, contentFolder: content).spareFolder
        let manager = FileManager.default
        #expect(!build(content, into: output).hasErrors)
        #expect(!manager.fileExists(atPath: spare.path), "one build has nothing to keep")
        let informing = content.appendingPathComponent("regulations/informirovanie.md")
        try append("\nПервый новый абзац.\n", to: informing)
        #expect(!build(content, into: output).hasErrors)
        #expect(manager.fileExists(atPath: spare.appendingPathComponent(OutputWriter.markerName).path))

        // Whatever stands in the spare: a stray file, a file where a folder goes, a folder where a file goes.
        try Data("stray".utf8).write(to: spare.appendingPathComponent("stray.html"))
        try manager.removeItem(at: spare.appendingPathComponent("board"))
        try Data("not a folder".utf8).write(to: spare.appendingPathComponent("board"))
        try manager.removeItem(at: spare.appendingPathComponent("contacts.html"))
        try manager.createDirectory(
            at: spare.appendingPathComponent("contacts.html/inner"), withIntermediateDirectories: true)
        // The current output's very files, to see that nothing writes into them.
        let kept = folder.appendingPathComponent("kept")
        try Fixtures.linkTree(output, to: kept)
        let before = Fixtures.snapshot(output)

        // Another page: the spare's copy of it is the very file the current output has (linked by the second build).
        try append("\nВторой новый абзац.\n", to: content.appendingPathComponent("regulations/pomosch-ezh.md"))
        let third = build(content, into: output)
        #expect(!third.hasErrors)
        #expect(third.reusedPageCount > 10)
        #expect(Fixtures.snapshot(kept) == before, "the replaced output's files were not written into")
        let cold = folder.appendingPathComponent("cold")
        #expect(!build(content, into: cold, cache: false).hasErrors)
        #expect(Fixtures.snapshot(output) == Fixtures.snapshot(cold))
        #expect(manager.fileExists(atPath: spare.path))

        // A build without the cache keeps no spare, and removes the cache files a killed build left half-written.
        let halfWritten = folder.appendingPathComponent(".public.boardgen-cache-inputs.tmp-99999")
        try Data("half".utf8).write(to: halfWritten)
        #expect(!build(content, into: output, cache: false).hasErrors)
        #expect(!manager.fileExists(atPath: spare.path))
        #expect(!manager.fileExists(atPath: halfWritten.path))
        #expect(Fixtures.snapshot(output) == Fixtures.snapshot(cold))
    }
}
