import Foundation
import Testing

@testable import BoardGenCheck
@testable import BoardGenKit
@testable import BoardGenModel

/// What a reader sees, judged on the published pages: content/ is built once, then each required
/// item is hidden from readers or shown wrongly on the website only, or on the board only, by
/// every technique of a family, and `check --existing` must fail naming the item. Harmless edits of
/// the same pages (how a webmaster restyles markup) must not. Mutants are made from the checker's
/// own requirements, not listed by hand.
@Suite(.serialized) struct OutputMutationTests {
    static let content = Fixtures.repository.appendingPathComponent("content")
    static let requirements = SiteChecker(contentFolder: content, today: Fixtures.today).requirements()
    static let built: URL = {
        let output = Fixtures.makeTemporaryFolder("output-mutation").appendingPathComponent("public")
        _ = SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output)
        return output
    }()

    /// "item|place|family|technique" for every required item, place and technique
    /// (BOARDGEN_MUTATION_FULL=1), or, in the default run, a sample that keeps every technique for every kind
    /// of item (contact, hours, timetable, approval) in every place, spreading the items of a kind over the
    /// techniques so that each item is mutated too: one CI run stays within its time, and the full run
    /// (478 mutants, 134 edits at the last count) is kept for changes to the checker.
    static let mutants: [String] = sample(
        requirements.flatMap { requirement in
            requirement.places.flatMap { place in
                OutputMutation.techniques(for: requirement).map {
                    "\(requirement.item.mark)|\(place.rawValue)|\($0.family)|\($0.name)"
                }
            }
        })

    @Test func theUnmutatedOutputPassesAndEveryFamilyIsCovered() throws {
        let result = SiteChecker(contentFolder: Self.content, today: Fixtures.today).check(existingOutput: Self.built)
        #expect(!result.hasErrors, "\(Fixtures.render(result.diagnostics))")
        let families = Set(Self.mutants.map { $0.split(separator: "|")[2] })
        #expect(families == ["hidden", "wrong-value"])
        #expect(Self.mutants.count >= (Self.isFullRun ? 200 : 60))
        // The sample still mutates every required item somewhere.
        let mutated = Set(Self.mutants.map { String($0.split(separator: "|")[0]) })
        #expect(mutated == Set(Self.requirements.map(\.item.mark)), "items never mutated in the sample")
    }

    @Test(arguments: mutants)
    func aMutantFailsTheCheckNamingItsItem(_ mutant: String) throws {
        let (requirement, place, technique) = try Self.parse(mutant)
        let result = try Self.check(applying: technique, to: requirement, in: place)
        let code = place == .site ? "BG410" : "BG411"
        let naming = result.diagnostics.filter { $0.item == requirement.item.mark && $0.code == code }
        #expect(!naming.isEmpty, "\(mutant) was not caught:\n\(Fixtures.render(result.diagnostics))")
    }

    /// (item, place, edit): harmless restylings of the published markup, sampled like the mutants.
    static let harmless: [String] = sample(
        requirements.flatMap { requirement in
            requirement.places.flatMap { place in
                OutputMutation.harmlessEdits(for: requirement).map {
                    "\(requirement.item.mark)|\(place.rawValue)|\($0.name)"
                }
            }
        })

    static var isFullRun: Bool { ProcessInfo.processInfo.environment["BOARDGEN_MUTATION_FULL"] == "1" }

    /// Every case in the full run; otherwise, per (item kind, place, technique), one item, taking the kind's
    /// items in turn from one technique to the next.
    static func sample(_ cases: [String]) -> [String] {
        guard !isFullRun else { return cases }
        // "contact:it-phone|site|hidden|display-none": the group is everything but the item's name.
        func group(_ mutant: [Substring]) -> String {
            ([String(mutant[0].prefix { $0 != ":" })] + mutant.dropFirst().map(String.init)).joined(separator: "|")
        }
        let parts = cases.map { $0.split(separator: "|") }
        var turn: [String: Int] = [:]
        var picked: [String] = []
        for (groupName, members) in Dictionary(grouping: parts, by: group).sorted(by: { $0.key < $1.key }) {
            let kindPlace = groupName.split(separator: "|").prefix(2).joined(separator: "|")
            let index = turn[kindPlace, default: 0]
            turn[kindPlace] = index + 1
            picked.append(members[index % members.count].joined(separator: "|"))
        }
        return picked
    }

    @Test(arguments: harmless)
    func aHarmlessEditPasses(_ edit: String) throws {
        let parts = edit.split(separator: "|").map(String.init)
        let requirement = try #require(Self.requirements.first { $0.item.mark == parts[0] })
        let place = try #require(PublicationPolicy.Place(rawValue: parts[1]))
        let technique = try #require(OutputMutation.harmlessEdits(for: requirement).first { $0.name == parts[2] })
        let result = try Self.check(applying: technique, to: requirement, in: place)
        #expect(!result.hasErrors, "\(edit) is a false alarm:\n\(Fixtures.render(result.diagnostics))")
    }
}

private extension OutputMutationTests {
    static func parse(_ mutant: String) throws -> (Requirement, PublicationPolicy.Place, OutputMutation) {
        let parts = mutant.split(separator: "|").map(String.init)
        let requirement = try #require(requirements.first { $0.item.mark == parts[0] })
        let place = try #require(PublicationPolicy.Place(rawValue: parts[1]))
        let technique = try #require(OutputMutation.techniques(for: requirement).first { $0.name == parts[3] })
        return (requirement, place, technique)
    }

    /// Copies the built output, rewrites every page of `place` with the technique, and checks it.
    static func check(
        applying technique: OutputMutation, to requirement: Requirement, in place: PublicationPolicy.Place
    ) throws -> CheckResult {
        let copy = Fixtures.makeTemporaryFolder("mutant").appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: built, to: copy)
        let pages = FileManager.default.enumerator(atPath: copy.path)?.compactMap { $0 as? String } ?? []
        var changed = 0
        for page in pages where page.hasSuffix(".html") && page.hasPrefix("board/") == (place == .board) {
            let url = copy.appendingPathComponent(page)
            let html = try String(contentsOf: url, encoding: .utf8)
            let mutated = technique.apply(html)
            if mutated != html { changed += 1 }
            try mutated.write(to: url, atomically: true, encoding: .utf8)
        }
        if technique.family != "harmless" {
            #expect(changed > 0, "\(technique.name) changed no page of the \(place.rawValue) for \(requirement.item)")
        }
        return SiteChecker(contentFolder: content, today: Fixtures.today).check(existingOutput: copy)
    }
}
