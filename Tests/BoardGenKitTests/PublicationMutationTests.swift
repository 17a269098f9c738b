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

/// For every required item of content/, removing it from the content, and removing its rendering
/// from each template that shows it, must each make `check` fail and name the item.
/// The mutations are enumerated from the checker's own requirements, not listed by hand.
@Suite struct PublicationMutationTests {
    static let content = Fixtures.repository.appendingPathComponent("content")
    static let requirements = SiteChecker(contentFolder: content, today: Fixtures.today).requirements()

    /// (item, needle): the view field that writes the item's mark, or its value, removed from every
    /// default template that writes it.
    static let templateMutations: [String] = requirements.flatMap { requirement -> [String] in
        ["data-item=\"{{\(requirement.markField)}}\"", "{{\(requirement.valueField)}}"].filter { needle in
            DefaultTemplates.files.contains { $0.key.hasSuffix(".mustache") && $0.value.contains(needle) }
        }.map { "\(requirement.item.mark)|\($0)" }
    }

    @Test func everyKindOfRequiredItemIsEnumerated() {
        let kinds = Set(Self.requirements.map { String($0.item.mark.prefix { $0 != ":" }) })
        #expect(kinds == ["contact", "timetable", "hours", "approval"])
        #expect(Self.requirements.count >= 10)
        #expect(
            Self.templateMutations.count >= 2 * Self.requirements.count,
            "each item has its mark and its value in a template")
        let clean = SiteChecker(contentFolder: Self.content, today: Fixtures.today).check()
        #expect(!clean.hasErrors, "content/ must pass before it is mutated")
    }

    @Test(arguments: requirements.map(\.item.mark))
    func removingTheItemFromTheContentFailsAndNamesIt(_ item: String) throws {
        let site = try copyOfContent()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        try ContentMutation.remove(item, from: site)
        let result = SiteChecker(contentFolder: site, today: Fixtures.today).check()
        #expect(result.hasErrors, "removing \(item) from the content must fail the check")
        #expect(
            result.diagnostics.contains { $0.severity == .error && ($0.item == item || $0.message.contains(item)) },
            "the failure must name \(item):\n\(Fixtures.render(result.diagnostics))")
    }

    @Test(arguments: templateMutations)
    func removingTheItemFromTheTemplatesFailsAndNamesIt(_ mutation: String) throws {
        let parts = mutation.split(separator: "|", maxSplits: 1).map(String.init)
        let (item, needle) = (parts[0], parts[1])
        let site = try copyOfContent()
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let templates = site.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        for (name, source) in DefaultTemplates.files where name.hasSuffix(".mustache") && source.contains(needle) {
            try source.replacingOccurrences(of: needle, with: "")
                .write(to: templates.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = SiteChecker(contentFolder: site, today: Fixtures.today).check()
        let naming = result.diagnostics.filter { $0.item == item && $0.severity == .error }
        #expect(!naming.isEmpty, "removing \(needle) from the templates must fail the check naming \(item)")
        #expect(
            naming.allSatisfy { $0.location.file.hasPrefix("templates/") || $0.location.file.hasPrefix("Templates/") },
            "a template-caused gap points at a template: \(naming.map(\.formatted))")
    }
}

private extension PublicationMutationTests {
    func copyOfContent() throws -> URL {
        let site = Fixtures.makeTemporaryFolder("mutation").appendingPathComponent("content")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Fixtures.overlay(Self.content, onto: site)
        return site
    }
}

/// Removes one required item from a copy of content/, the way a webmaster's edit would.
enum ContentMutation {
    static func remove(_ item: String, from site: URL) throws {
        let parts = item.split(separator: ":").map(String.init)
        switch parts[0] {
        case "contact":
            // The address disappears; the channel stays, so nothing else breaks.
            try edit(site.appendingPathComponent("contacts.yaml"), entry: parts[1]) { lines in
                lines.map { $0.hasPrefix("    value:") ? "    missing: \"removed by the mutation test\"" : $0 }
            }
        case "timetable":
            try edit(site.appendingPathComponent("timetables.yaml"), entry: parts[1]) { lines in
                lines.filter { !$0.hasPrefix("    published:") } + ["    published: false"]
            }
        case "hours":
            try edit(site.appendingPathComponent("desks.yaml"), entry: parts[1]) { lines in
                lines.filter { !$0.hasPrefix("    \(parts[2]):") }
            }
        case "approval":
            let url = site.appendingPathComponent("regulations").appendingPathComponent("\(parts[1]).md")
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            guard let start = lines.firstIndex(of: "approval:") else {
                Issue.record("no approval in \(url.path)"); return
            }
            let end = lines[(start + 1)...].firstIndex { !$0.hasPrefix(" ") } ?? lines.count
            lines.removeSubrange(start..<end)
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        default:
            Issue.record("no content mutation for \(item)")
        }
    }

    /// Rewrites the lines of the list entry `- id: <id>` (up to the next entry).
    static func edit(_ url: URL, entry id: String, _ change: ([String]) -> [String]) throws {
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "- id: \(id)" }) else {
            Issue.record("no entry '\(id)' in \(url.lastPathComponent)")
            return
        }
        let end =
            lines[(start + 1)...].firstIndex { $0.hasPrefix("  - ") || (!$0.hasPrefix(" ") && !$0.isEmpty) }
            ?? lines.count
        let body = change(Array(lines[(start + 1)..<end]))
        lines.replaceSubrange((start + 1)..<end, with: body)
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
