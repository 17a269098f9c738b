import Foundation
import Testing

@testable import BoardGenKit
@testable import BoardGenLoad
@testable import BoardGenModel
@testable import BoardGenWrite
@testable import ScheduleModel

#if canImport(Glibc)
import Glibc
#endif

/// What a cached build keeps of its content for the next one (issue 17): stamps that spare reading
/// unchanged files, regulations kept decoded (their bodies read only for a page rendered again), in
/// the compact form; and the spare output folder that the next build brings up to date.
@Suite struct StoredInputsTests {
    func build(_ content: URL, into output: URL, cache: Bool = true) -> SiteBuilder.Result {
        let store = cache ? BuildCache(file: BuildCache.defaultFile(forOutput: output), toolIdentity: "test") : nil
        return SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output, cache: store)
    }

    func storedInputs(of output: URL) throws -> StoredInputs {
        try #require(StoredInputs.read(StoredInputs.file(besideCache: BuildCache.defaultFile(forOutput: output))))
    }

    func storedRegulations(of output: URL) throws -> StoredRegulations {
        try #require(
            StoredRegulations.read(StoredRegulations.file(besideCache: BuildCache.defaultFile(forOutput: output))))
    }

    @Test(arguments: ExternalTool.allSiteFolders().map(\.lastPathComponent))
    func theCompactFormGivesBackWhatItWasGiven(_ site: String) throws {
        let folder = Fixtures.makeTemporaryFolder("stored-inputs-\(site)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try #require(ExternalTool.allSiteFolders().first { $0.lastPathComponent == site })
        let output = folder.appendingPathComponent("public")
        let result = build(source, into: output)
        #expect(!result.hasErrors)
        let stored = try storedRegulations(of: output)
        #expect(stored.blocks.count == result.site?.regulations.count)
        // Every field the form keeps, compared by writing the value read back once more.
        let bytes = try CompactEncoder().encode(stored)
        let again = try CompactDecoder().decode(StoredRegulations.self, from: bytes)
        #expect(try CompactEncoder().encode(again) == bytes)
        let regulations = try #require(result.site?.regulations).sorted { $0.path < $1.path }
        let decodings = try again.blocks.map {
            try CompactDecoder().decode(StoredDecoding.self, from: Data($0.bytes))
        }
        #expect(decodings.map(\.path) == regulations.map(\.path))
        for (decoded, original) in zip(decodings.compactMap(\.regulation), regulations) {
            #expect(decoded.path == original.path && decoded.title == original.title && decoded.body.isEmpty)
            #expect(decoded.deadlines.map(\.rule) == original.deadlines.map(\.rule))
            #expect(decoded.approval?.orderDate == original.approval?.orderDate)
            #expect(decoded.boardRules == original.boardRules && decoded.audiences == original.audiences)
        }
    }

    @Test func everyCaseOfAValueWithCasesComesBack() throws {
        let rules: [DeadlineRule] = [
            DeadlineRule(kind: .beforeEnd(amount: 2, unit: .weeks), movesToPreviousWorkingDay: true),
            DeadlineRule(kind: .afterStart(amount: 3, unit: .workingDays)),
            DeadlineRule(kind: .atLeastPerWeek(times: 1)),
        ]
        let bytes = try CompactEncoder().encode(rules)
        #expect(try CompactDecoder().decode([DeadlineRule].self, from: bytes) == rules)
        let dates: [LocalDate?] = [LocalDate(iso: "2026-09-01"), nil, LocalDate(iso: "1999-12-31")]
        #expect(dates.allSatisfy { $0 != nil } == false && dates.compactMap { $0 }.count == 2)
        #expect(try CompactDecoder().decode([LocalDate?].self, from: CompactEncoder().encode(dates)) == dates)
        let optionals: [Int8?] = [nil, -3, 127]
        #expect(try CompactDecoder().decode([Int8?].self, from: CompactEncoder().encode(optionals)) == optionals)
        // Truncated bytes and a dictionary (whose keys the form does not keep) are refused, never guessed.
        #expect(throws: (any Error).self) { try CompactDecoder().decode([DeadlineRule].self, from: bytes.dropLast()) }
        let dictionary = try CompactEncoder().encode(["a": 1])
        #expect(throws: (any Error).self) { try CompactDecoder().decode([String: Int].self, from: dictionary) }
    }

    @Test func theRegulationsFileIsRewrittenOnlyWhenARegulationChanged() throws {
        let folder = Fixtures.makeTemporaryFolder("stored-regulations-rewrite")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try Fixtures.copyOfContent(in: folder)
        let output = folder.appendingPathComponent("public")
        #expect(!build(content, into: output).hasErrors)
        let file = StoredRegulations.file(besideCache: BuildCache.defaultFile(forOutput: output))
        let inode = { try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int }
        let first = try inode()
        let informing = content.appendingPathComponent("regulations/informirovanie.md")
        let text = try String(contentsOf: informing, encoding: .utf8)
        // A body edit decodes the file again into the same regulation: the file stays.
        try (text + "\nНовый абзац.\n").write(to: informing, atomically: true, encoding: .utf8)
        let second = build(content, into: output)
        #expect(!second.hasErrors && second.renderedCacheEntries == ["regulations/informirovanie.md"])
        #expect(try inode() == first)
        // A title edit changes the regulation: the file is written anew.
        try text.replacingOccurrences(of: "title: \"Регламент", with: "title: \"Новый регламент").write(
            to: informing, atomically: true, encoding: .utf8)
        let third = build(content, into: output)
        #expect(!third.hasErrors)
        #expect(try inode() != first)

        // The inputs file names the generation it goes with: other notes (a build killed between the two
        // writes) seed nothing, and every regulation is decoded again.
        let regulations = try storedRegulations(of: output)
        var notes = try storedInputs(of: output)
        let inputs = SiteInputs.read(content, known: notes.files)
        let loadKey = inputs.loadKey(toolIdentity: "test", today: Fixtures.today.iso)
        let seed = { (notes: StoredInputs) in
            regulations.seededMemo(
                for: inputs, notes: notes, loadKey: loadKey, contentFolder: content, toolIdentity: "test")
        }
        #expect(seed(notes).seeds.count == third.site?.regulations.count)
        notes.regulationsGeneration = "another"
        #expect(seed(notes).seeds.isEmpty)
        let cold = folder.appendingPathComponent("cold")
        #expect(!build(content, into: cold, cache: false).hasErrors)
        #expect(Fixtures.snapshot(output) == Fixtures.snapshot(cold))
    }

    @Test func theBodyOfAKeptRegulationIsReadOnlyForAPageRenderedAgain() throws {
        let folder = Fixtures.makeTemporaryFolder("stored-regulations-bodies")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try Fixtures.copyOfContent(in: folder)
        // Two more documents the board does not show (so that nothing but their own pages reads their bodies).
        let informing = content.appendingPathComponent("regulations/informirovanie.md")
        let text = try String(contentsOf: informing, encoding: .utf8).replacingOccurrences(
            of: "\nboard: summary\n", with: "\n")
        for name in ["first", "second"] {
            try text.replacingOccurrences(of: "slug: informirovanie", with: "slug: \(name)").write(
                to: content.appendingPathComponent("regulations/\(name).md"), atomically: true, encoding: .utf8)
        }
        let output = folder.appendingPathComponent("public")
        #expect(!build(content, into: output).hasErrors)
        try (text.replacingOccurrences(of: "slug: informirovanie", with: "slug: second") + "\nНовый абзац.\n").write(
            to: content.appendingPathComponent("regulations/second.md"), atomically: true, encoding: .utf8)
        let rebuilt = build(content, into: output)
        #expect(rebuilt.renderedCacheEntries == ["regulations/second.md"])
        let regulations = try #require(rebuilt.site?.regulations)
        let unread = regulations.filter(\.isBodyUnread).map(\.path)
        #expect(unread.contains("regulations/first.md"), "kept, its page taken from the cache: body never read")
        #expect(!unread.contains("regulations/second.md"), "edited: decoded from its file")
        let cold = folder.appendingPathComponent("cold")
        #expect(!build(content, into: cold, cache: false).hasErrors)
        #expect(Fixtures.snapshot(output) == Fixtures.snapshot(cold))
    }

    @Test func unchangedFilesAreNotReadAgainButAnEditKeepingSizeAndTimeIs() throws {
        let folder = Fixtures.makeTemporaryFolder("stored-inputs-stamps")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try Fixtures.copyOfContent(in: folder)
        let output = folder.appendingPathComponent("public")
        #expect(!build(content, into: output).hasErrors)
        let known = try storedInputs(of: output).files
        // Files this fresh are not settled yet: every one is read.
        #expect(SiteInputs.read(content, known: known).readAhead.count > 5)
        let later = ContentStamp.now + 3 * ContentStamp.settleTime
        #expect(SiteInputs.read(content, known: known, now: later).readAhead.count == 0)
        // A file added (the notes no longer line up with the files): still only the new one is read.
        let added = content.appendingPathComponent("regulations/a-added.md")
        try FileManager.default.copyItem(at: content.appendingPathComponent("regulations/informirovanie.md"), to: added)
        #expect(SiteInputs.read(content, known: known, now: later).readAhead.count == 1)
        try FileManager.default.removeItem(at: added)

        // Same size, and the modification time put back: only the change time tells.
        let file = content.appendingPathComponent("regulations/informirovanie.md")
        var status = stat()
        #expect(lstat(file.path, &status) == 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "а", with: "о")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        try Data(edited.utf8).write(to: file)
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        let read = SiteInputs.read(content, known: known, now: ContentStamp.now + 3 * ContentStamp.settleTime)
        #expect(read.readAhead.count == 1)
        let before = known.first { $0.path == "regulations/informirovanie.md" }?.file.whole
        #expect(read.files["regulations/informirovanie.md"]?.whole != before)
    }

    @Test func keptRegulationsRepeatTheirFindingsAndAnEditedOneIsDecodedAgain() throws {
        let folder = Fixtures.makeTemporaryFolder("stored-inputs-findings")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try Fixtures.copyOfContent(in: folder)
        // A finding of loading in one regulation: an example value left from `init` (BG130, a warning).
        let informing = content.appendingPathComponent("regulations/informirovanie.md")
        let text = try String(contentsOf: informing, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("title:") ? line + "  # пример" : line
        }
        try lines.joined(separator: "\n").write(to: informing, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("public")
        let first = build(content, into: output)
        #expect(!first.hasErrors && first.diagnostics.map(\.code) == ["BG130"])
        let second = build(content, into: output)
        #expect(Fixtures.render(second.diagnostics) == Fixtures.render(first.diagnostics))
        #expect(second.renderedCacheEntries.isEmpty)

        try (text + "\nНовый абзац.\n").write(to: informing, atomically: true, encoding: .utf8)
        let third = build(content, into: output)
        #expect(!third.diagnostics.contains { $0.location.file == "regulations/informirovanie.md" })
        #expect(third.renderedCacheEntries.contains("regulations/informirovanie.md"))
        let cold = folder.appendingPathComponent("cold")
        #expect(!build(content, into: cold, cache: false).hasErrors)
        #expect(Fixtures.snapshot(output) == Fixtures.snapshot(cold))
    }
}
