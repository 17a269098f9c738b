import Foundation
import Testing

@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenModel
@testable import ScheduleModel

/// A regulation's approval in the compact form, written and read field by field (`CompactApproval`):
/// every field comes back, and a new stored field fails here until that file writes it too.
@Suite struct CompactApprovalTests {
    static let full = Approval(
        preamble: "Принято с учётом мнения совета родителей", heading: "УТВЕРЖДАЮ",
        approvedByPosition: "Директор МБОУ «СОШ № 1»", approvedByName: "Т. Г. Абакумова", orderNumber: "№ 45-о",
        orderDate: LocalDate(year: 2026, month: 8, day: 31),
        adoptedWith: [
            Adoption(
                body: "Педагогическим советом", protocolNumber: "№ 1", date: LocalDate(year: 2026, month: 8, day: 28)),
            Adoption(body: "Советом обучающихся"),
        ], location: SourceLocation(file: "regulations/a.md", line: 3, column: 5))

    static var withEverything: Approval {
        var approval = full
        approval.approvedByDate = LocalDate(year: 2026, month: 9, day: 1)
        approval.stamps = ApprovalStamp.Side.allCases.flatMap { side in
            ApprovalStamp.Kind.allCases.map { kind in
                ApprovalStamp(
                    side: side, kind: kind, lines: ["ПРИНЯТО", "", "протокол № 1 от 28.08.2026"],
                    location: SourceLocation(file: kind == .approval ? "regulations/a.md" : "regulations/b.md", line: 9)
                )
            }
        }
        return approval
    }

    /// Field names of a value, in declaration order.
    func fields(of value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap(\.label)
    }

    @Test func theCodingKnowsEveryStoredField() throws {
        let approval = Self.withEverything
        let stamp = try #require(approval.stamps.first)
        let adoption = try #require(approval.adoptedWith.first)
        #expect(fields(of: approval) == CompactApproval.fields["Approval"], "update CompactApproval.swift")
        #expect(fields(of: adoption) == CompactApproval.fields["Adoption"], "update CompactApproval.swift")
        #expect(fields(of: stamp) == CompactApproval.fields["ApprovalStamp"], "update CompactApproval.swift")
    }

    @Test(arguments: [0, 1, 2])
    func everyFieldComesBack(_ variant: Int) throws {
        let approvals = [
            [Self.withEverything, Self.full], [Approval(adoptedWith: [], location: .init(file: "x.md"))], [],
        ]
        let original = approvals[variant]
        // In a list, so that each approval goes through the compact form's own path for approvals.
        let bytes = try CompactEncoder().encode(original)
        let decoded = try CompactDecoder().decode([Approval].self, from: bytes)
        let json = JSONEncoder()
        json.outputFormatting = .sortedKeys
        #expect(try json.encode(decoded) == json.encode(original))
        #expect(try CompactEncoder().encode(decoded) == bytes)
    }

    @Test func cutBytesAreRefused() throws {
        let bytes = try CompactEncoder().encode([Self.withEverything])
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: (any Error).self) {
                try CompactDecoder().decode([Approval].self, from: bytes.prefix(length))
            }
        }
    }
}
