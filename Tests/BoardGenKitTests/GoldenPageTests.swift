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

/// Golden files for every page kind of one example school (seed 002's, with its grid timetable)
/// and of the base fixture site. Re-record with BOARDGEN_RECORD=1 and review the diff.
@Suite struct GoldenPageTests {
    static let sites: [(name: String, content: URL)] = [
        ("elzhur-school", Fixtures.repository.appendingPathComponent("examples/elzhur-school")),
        ("glazovo-school", Fixtures.repository.appendingPathComponent("examples/glazovo-school")),
        ("base-site", Fixtures.baseSite),
    ]

    @Test(arguments: sites.map(\.name))
    func pagesMatchGoldenFiles(_ name: String) throws {
        let content = Self.sites.first { $0.name == name }!.content
        let result = SiteBuilder(contentFolder: content, today: Fixtures.today).render()
        #expect(!result.hasErrors, "\(Fixtures.render(result.diagnostics))")
        let golden = Fixtures.root.appendingPathComponent("golden/\(name)")
        let pages = result.files.filter { !$0.path.hasPrefix("assets/") }
        #expect(pages.contains { $0.path == "index.html" })
        if Fixtures.isRecording {
            try? FileManager.default.removeItem(at: golden)
            for file in pages {
                let url = golden.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
        }
        let expected = Fixtures.snapshot(golden)
        #expect(Set(expected.keys) == Set(pages.map(\.path)), "the set of generated files changed")
        for file in pages {
            let want = expected[file.path].map { String(decoding: $0, as: UTF8.self) }
            #expect(
                file.text == want, "\(name)/\(file.path) differs from its golden file (BOARDGEN_RECORD=1 to re-record)")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let content = Fixtures.repository.appendingPathComponent("content")
        let first = Fixtures.makeTemporaryFolder("first"), second = Fixtures.makeTemporaryFolder("second")
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        let a = SiteBuilder(contentFolder: content, today: Fixtures.today).build(
            into: first.appendingPathComponent("public"))
        let b = SiteBuilder(contentFolder: content, today: Fixtures.today).build(
            into: second.appendingPathComponent("public"))
        #expect(!a.hasErrors && !b.hasErrors)
        let left = Fixtures.snapshot(first.appendingPathComponent("public"))
        #expect(left.count > 5)
        #expect(left == Fixtures.snapshot(second.appendingPathComponent("public")))
    }
}
