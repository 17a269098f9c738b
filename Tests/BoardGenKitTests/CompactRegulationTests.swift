import Foundation
import Testing

@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenLoad
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
        // The same, with the texts shared through one interner, twice (the second time every text is known).
        let texts = TextInterner()
        for _ in 0..<2 {
            let shared = try CompactDecoder().decode([Regulation].self, from: Array(bytes), texts: texts)
            #expect(try json(shared) == json(regulations))
        }
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

    @Test func theDecodingsCodingKnowsEveryStoredField() {
        let broken = StoredDecoding.BrokenIDs(path: "people.yaml", ids: ["ivanova"])
        let decoding = StoredDecoding(
            path: "regulations/a.md", regulation: nil, diagnostics: [], brokenFiles: [], brokenIDs: [broken])
        #expect(Mirror(reflecting: decoding).children.compactMap(\.label) == CompactRegulation.decodingFields)
        #expect(Mirror(reflecting: broken).children.compactMap(\.label) == CompactRegulation.brokenIDsFields)
    }

    /// A whole decoding: with and without a regulation, with findings, broken files and broken ids.
    @Test func everyDecodingComesBack() throws {
        let site = try #require(ExternalTool.allSiteFolders().first)
        let (session, _) = SiteBuilder(contentFolder: site, today: Fixtures.today).load()
        let regulation = try #require(session?.site.regulations.first)
        let findings = [
            Diagnostic(
                .missingKey, "the front matter needs 'title'", at: SourceLocation(file: "regulations/a.md", line: 2)),
            Diagnostic(.duplicateID, "duplicate regulation slug 'a'", at: SourceLocation(file: "regulations/b.md")),
        ]
        let decodings = [
            StoredDecoding(
                path: regulation.path, regulation: regulation, diagnostics: findings, brokenFiles: ["people.yaml"],
                brokenIDs: [
                    .init(path: "people.yaml", ids: ["ivanova", "petrov"]), .init(path: "desks.yaml", ids: []),
                ]),
            StoredDecoding(path: "regulations/b.md", regulation: nil, diagnostics: [], brokenFiles: [], brokenIDs: []),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for decoding in decodings {
            let bytes = try CompactEncoder().encode(decoding)
            let decoded = try CompactDecoder().decode(StoredDecoding.self, from: bytes)
            #expect(try encoder.encode(decoded) == encoder.encode(decoding))
            #expect(try CompactEncoder().encode(decoded) == bytes)
        }
        // A presence mark other than 0 or 1 is a foreign file, not an absent regulation.
        var marked = try CompactEncoder().encode(decodings[0])
        marked[8 + decodings[0].path.utf8.count] = 2
        #expect(throws: (any Error).self) { try CompactDecoder().decode(StoredDecoding.self, from: marked) }
        let list = try CompactEncoder().encode(decodings)
        #expect(
            try encoder.encode(CompactDecoder().decode([StoredDecoding].self, from: list)) == encoder.encode(decodings))
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
