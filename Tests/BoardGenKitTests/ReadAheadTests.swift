import Foundation
import Testing

@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenLoad

/// A cached build fingerprints every content file before loading; the loader then decodes those
/// same bytes instead of reading the files again (issue 17: everything read once).
struct ReadAheadTests {
    /// The bytes read ahead are the ones decoded: a file changed on disk after they were read is
    /// not read again (the next build sees the change, as its fingerprint differs).
    @Test func theLoaderDecodesTheBytesReadAheadAndTakesEachOnce() throws {
        let content = Fixtures.makeTemporaryFolder("read-ahead")
        defer { try? FileManager.default.removeItem(at: content) }
        try Fixtures.overlay(Fixtures.baseSite, onto: content)
        let inputs = SiteInputs.read(content)
        let regulation = content.appendingPathComponent("regulations/help.md")
        let text = try String(contentsOf: regulation, encoding: .utf8)
        try text.replacingOccurrences(of: "Регламент оказания помощи", with: "Изменён после чтения")
            .write(to: regulation, atomically: true, encoding: .utf8)
        let loadedFiles = inputs.readAhead.count
        #expect(loadedFiles == 6)  // site, contacts, people, timetables, desks and the regulation

        let loaded = ContentLoader(contentFolder: content, readAhead: inputs.readAhead).load()

        let site = try #require(loaded.site)
        #expect(site.regulations.map(\.title) == ["Регламент оказания помощи"])
        #expect(inputs.readAhead.count == 0)
        let again = ContentLoader(contentFolder: content, readAhead: inputs.readAhead).load()
        #expect(again.site?.regulations.map(\.title) == ["Изменён после чтения"])
    }

    /// Only regular text files are kept: links, folders and attachments are read by whoever needs them.
    @Test func onlyTheLoadersTextFilesAreKept() throws {
        let content = Fixtures.makeTemporaryFolder("read-ahead")
        defer { try? FileManager.default.removeItem(at: content) }
        try Fixtures.overlay(Fixtures.baseSite, onto: content)
        let files = content.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        try Data("%PDF-1.4".utf8).write(to: files.appendingPathComponent("form.pdf"))
        try FileManager.default.createSymbolicLink(
            at: content.appendingPathComponent("regulations/linked.md"),
            withDestinationURL: content.appendingPathComponent("regulations/help.md"))

        let inputs = SiteInputs.read(content)

        #expect(inputs.readAhead.count == 6)
        #expect(inputs.files["files/form.pdf"] != nil && inputs.files["regulations/linked.md"] != nil)
    }

    /// The regulations folder is taken from the listing read ahead, as readdir gives it: the same
    /// files, hidden ones left out, a name whose extension differs in case reported; a folder that is
    /// a link (not listed there) is read itself.
    @Test func theListingReadAheadGivesTheFilesTheFolderHolds() throws {
        let content = Fixtures.makeTemporaryFolder("read-ahead-listing")
        defer { try? FileManager.default.removeItem(at: content) }
        try Fixtures.overlay(Fixtures.baseSite, onto: content)
        let regulations = content.appendingPathComponent("regulations")
        let help = try String(contentsOf: regulations.appendingPathComponent("help.md"), encoding: .utf8)
        for name in ["b-second.md", ".hidden.md", "a-first.md"] {
            try help.write(to: regulations.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try help.write(to: regulations.appendingPathComponent("CAPS.MD"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: regulations.appendingPathComponent("nested"), withIntermediateDirectories: true)
        try help.write(to: regulations.appendingPathComponent("nested/deep.md"), atomically: true, encoding: .utf8)

        let listed = ContentLoader(contentFolder: content, readAhead: SiteInputs.read(content).readAhead).load()
        let read = ContentLoader(contentFolder: content).load()

        let slugs = try #require(listed.site).regulations.map(\.id).sorted()
        #expect(slugs == ["a-first", "b-second", "help"])
        #expect(read.site?.regulations.map(\.id).sorted() == slugs)
        #expect(Fixtures.render(listed.diagnostics) == Fixtures.render(read.diagnostics))
        let caps = listed.diagnostics.filter { $0.location.file == "regulations/CAPS.MD" }.map(\.code)
        #expect(caps == [DiagnosticCode.unusableFileName.rawValue])

        // The folder as a link inside the content folder: FolderWalk does not follow it, the loader does.
        try FileManager.default.moveItem(at: regulations, to: content.appendingPathComponent("kept-regulations"))
        try FileManager.default.createSymbolicLink(atPath: regulations.path, withDestinationPath: "kept-regulations")
        let linked = ContentLoader(contentFolder: content, readAhead: SiteInputs.read(content).readAhead).load()
        #expect(linked.site?.regulations.map(\.id).sorted() == slugs)
    }
}
