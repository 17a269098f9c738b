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

/// A rebuild links the files that did not change from the previous output instead of writing them
/// again: the result is byte for byte a fresh build, and the previous output is never modified.
@Suite struct RebuildTests {
    func inode(_ url: URL) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
    }

    @Test func unchangedFilesAreSharedAndChangedOnesRewritten() throws {
        let folder = Fixtures.makeTemporaryFolder("rebuild")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try Fixtures.copyOfContent(in: folder)
        let output = folder.appendingPathComponent("public")
        #expect(!SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output).hasErrors)
        let style = output.appendingPathComponent("assets/style.css"),
            contacts = output.appendingPathComponent("contacts.html")
        let before = (style: try inode(style), contacts: try inode(contacts))
        let previous = Fixtures.snapshot(output)

        // One phone changes: the pages that show it are written anew, the rest are the same files.
        let contactsFile = content.appendingPathComponent("contacts.yaml")
        let text = try String(contentsOf: contactsFile, encoding: .utf8)
        #expect(text.contains("+7 (3412) 55-12-40"))
        try text.replacingOccurrences(of: "+7 (3412) 55-12-40", with: "+7 (3412) 55-12-49").write(
            to: contactsFile, atomically: true, encoding: .utf8)
        let kept = folder.appendingPathComponent("kept")
        try Fixtures.linkTree(output, to: kept)  // the old output's very files: an in-place write would show here
        #expect(!SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output).hasErrors)
        #expect(try inode(style) == before.style, "an unchanged asset is linked, not rewritten")
        #expect(try inode(contacts) != before.contacts, "a changed page is a new file")
        #expect(try String(contentsOf: contacts, encoding: .utf8).contains("55-12-49"))
        #expect(Fixtures.snapshot(kept) == previous)

        // And the result equals a fresh build into an empty folder.
        let fresh = folder.appendingPathComponent("fresh")
        #expect(!SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: fresh).hasErrors)
        #expect(Fixtures.snapshot(output) == Fixtures.snapshot(fresh))
    }

    @Test func aFileEditedByHandInTheOutputIsReplaced() throws {
        let folder = Fixtures.makeTemporaryFolder("rebuild-edited")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let content = Fixtures.repository.appendingPathComponent("content")
        #expect(!SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output).hasErrors)
        let page = output.appendingPathComponent("index.html")
        let original = try Data(contentsOf: page)
        try Data("edited by hand".utf8).write(to: page)
        #expect(!SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output).hasErrors)
        #expect(try Data(contentsOf: page) == original)
    }
}
