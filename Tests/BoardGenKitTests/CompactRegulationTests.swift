import Foundation
import Testing

@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenModel

/// A kept regulation in the compact form, written and read field by field (`CompactRegulation`):
/// every field of every regulation of the repository's sites comes back, and a new stored field
/// fails here until that file writes it too.
@Suite struct CompactRegulationTests {
    /// The stored fields of a regulation (those of its shared box), in declaration order.
    func storedFields(of regulation: Regulation) -> [String] {
        let box = Mirror(reflecting: regulation).children.first { $0.label == "box" }?.value
        let fields = box.flatMap { Mirror(reflecting: $0).children.first { $0.label == "fields" }?.value }
        return fields.map { Mirror(reflecting: $0).children.compactMap(\.label) } ?? []
    }

    /// Through JSON, which writes every field the regulation's own coding keeps (all but the body).
    func json(_ regulations: [Regulation]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(regulations)
    }

    func roundTrip(_ regulations: [Regulation]) throws {
        // In a list, so that each regulation goes through the compact form's own path for regulations.
        let bytes = try CompactEncoder().encode(regulations)
        let decoded = try CompactDecoder().decode([Regulation].self, from: bytes)
        #expect(try json(decoded) == json(regulations))
        #expect(try CompactEncoder().encode(decoded) == bytes)
        #expect(decoded.allSatisfy { $0.body.isEmpty })
    }

    @Test func theCodingKnowsEveryStoredField() throws {
        let site = try #require(ExternalTool.allSiteFolders().first)
        let (session, _) = SiteBuilder(contentFolder: site, today: Fixtures.today).load()
        let regulation = try #require(session?.site.regulations.first)
        let stored = storedFields(of: regulation)
        #expect(!stored.isEmpty)
        #expect(
            stored.filter { !CompactRegulation.notKept.contains($0) } == CompactRegulation.fields,
            "update CompactRegulation.swift")
        #expect(Set(stored) == Set(CompactRegulation.fields + CompactRegulation.notKept))
    }

    @Test(arguments: ExternalTool.allSiteFolders().map(\.lastPathComponent))
    func everyRegulationOfTheSitesComesBack(_ name: String) throws {
        let site = try #require(ExternalTool.allSiteFolders().first { $0.lastPathComponent == name })
        let (session, _) = SiteBuilder(contentFolder: site, today: Fixtures.today).load()
        let regulations = try #require(session?.site.regulations)
        #expect(!regulations.isEmpty)
        try roundTrip(regulations)
    }

    @Test func everyKindAndAudienceAndOptionalComesBack() throws {
        let regulations = DocumentKind.allCases.enumerated().map { index, kind in
            var regulation = Regulation(
                id: "r\(index)", title: "Положение № \(index)", order: index - 1,
                audiences: index % 2 == 0 ? Audience.allCases : [],
                approval: index % 2 == 0 ? CompactApprovalTests.full : nil,
                uses: [], deadlines: [], appendices: [], footnotes: [],
                boardNotice: BoardNoticeMode.allCases[index % BoardNoticeMode.allCases.count], body: "текст",
                bodyFirstLine: 7, path: "regulations/r\(index).md",
                location: SourceLocation(file: "regulations/r\(index).md", line: 2, column: 1),
                slugLocation: index % 2 == 1
                    ? SourceLocation(file: "regulations/r\(index).md", line: 4, column: 7) : nil)
            regulation.kind = kind
            return regulation
        }
        let withoutBodies = regulations.map { regulation in
            var copy = regulation
            copy.deferBody(to: DeferredText { "" })
            return copy
        }
        try roundTrip(withoutBodies)
    }
}
