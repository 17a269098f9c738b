import Foundation
import ScheduleModel
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

/// `check --cache`: an unchanged site is answered from the cache, and every input the result
/// depends on (any file, "today", the boardgen build) invalidates it.
@Suite struct CheckCacheTests {
    /// A planted finding: only the cached entry has it, so seeing it proves the answer came from the cache.
    static let planted = Diagnostic(
        .responseTimeBlank, "planted in the cache by the test", at: SourceLocation(file: "planted.yaml"))

    func makeSite() throws -> (site: URL, cache: URL) {
        let folder = Fixtures.makeTemporaryFolder("check-cache")
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(
            at: Fixtures.repository.appendingPathComponent("examples/gymnasium-1"), to: site)
        return (site, folder.appendingPathComponent("cache"))
    }

    /// Adds the planted finding to the (only) cache entry, keeping its fingerprint.
    func plant(in cache: URL) throws {
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first)
        let file = cache.appendingPathComponent(name)
        var entry = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        var result = try #require(entry["result"] as? [String: Any])
        let planted = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.planted))
        result["diagnostics"] = ((result["diagnostics"] as? [Any]) ?? []) + [planted]
        entry["result"] = result
        try JSONSerialization.data(withJSONObject: entry).write(to: file)
    }

    func isFromCache(_ result: SiteChecker.Result) -> Bool { result.diagnostics.contains(Self.planted) }

    @Test func anUnchangedSiteIsAnsweredFromTheCache() throws {
        let (site, cache) = try makeSite()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let checker = SiteChecker(contentFolder: site, today: Fixtures.today)
        let store = CheckCache(folder: cache, toolIdentity: "build-1")
        let first = store.result(for: checker)
        #expect(first.diagnostics == checker.check().diagnostics && !first.diagnostics.isEmpty)
        try plant(in: cache)
        #expect(isFromCache(store.result(for: checker)))
    }

    @Test(arguments: [
        "edit a file", "add a file", "remove a file", "another day", "another build", "a template override",
    ])
    func anyChangedInputMeansAFreshCheck(_ change: String) throws {
        let (site, cache) = try makeSite()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        var checker = SiteChecker(contentFolder: site, today: Fixtures.today)
        var store = CheckCache(folder: cache, toolIdentity: "build-1")
        _ = store.result(for: checker)
        try plant(in: cache)
        let contacts = site.appendingPathComponent("contacts.yaml")
        switch change {
        case "edit a file":
            // One more line break: the findings stay the same, but the file is not.
            let text = try String(contentsOf: contacts, encoding: .utf8)
            try (text + "\n").write(to: contacts, atomically: true, encoding: .utf8)
        case "add a file":
            try "stray".write(to: site.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        case "remove a file":
            let regulations = site.appendingPathComponent("regulations")
            let first = try #require(
                try FileManager.default.contentsOfDirectory(atPath: regulations.path).sorted().first)
            try FileManager.default.removeItem(at: regulations.appendingPathComponent(first))
        case "another day":
            checker = SiteChecker(contentFolder: site, today: LocalDate(iso: "2026-11-23")!)
        case "another build":
            store = CheckCache(folder: cache, toolIdentity: "build-2")
        default:
            let templates = site.appendingPathComponent("templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            try DefaultTemplates.files["foot.mustache"]!.write(
                to: templates.appendingPathComponent("foot.mustache"), atomically: true, encoding: .utf8)
        }
        let answer = store.result(for: checker)
        #expect(!isFromCache(answer), "\(change) must invalidate the cached result")
        #expect(answer.diagnostics == checker.check().diagnostics)
    }

    @Test func aBrokenCacheEntryIsIgnored() throws {
        let (site, cache) = try makeSite()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let checker = SiteChecker(contentFolder: site, today: Fixtures.today)
        let store = CheckCache(folder: cache, toolIdentity: "build-1")
        _ = store.result(for: checker)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first)
        try Data("{ not json".utf8).write(to: cache.appendingPathComponent(name))
        #expect(store.result(for: checker).diagnostics == checker.check().diagnostics)
    }
}
