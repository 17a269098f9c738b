import Foundation
import Testing

@testable import BoardGenKit

/// Documents that are not regulations: their kind decides their label, their group on the site,
/// and whether they need an approval (policy.yaml `approval_kinds`, default регламент, положение,
/// порядок).
@Suite struct DocumentKindTests {
    static let instruction = """
        ---
        title: "Инструкция для родителей: как войти в электронный дневник"
        kind: Инструкция
        audiences: [parents]
        ---
        1. Откройте сайт и нажмите «Войти через Госуслуги».
        """

    static let statute = """
        ---
        title: "Положение о ведении электронного журнала"
        kind: положение
        audiences: [staff]
        ---
        1. Общие положения.
        """

    func site(_ files: [String: String]) throws -> URL {
        let folder = Fixtures.makeTemporaryFolder("kinds").appendingPathComponent("content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Fixtures.overlay(Fixtures.baseSite, onto: folder)
        for (path, text) in files {
            try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func onlyNormativeKindsNeedAnApprovalAndTheSiteGroupsByKind() throws {
        let content = try site([
            "regulations/instrukciya.md": Self.instruction, "regulations/polozhenie.md": Self.statute,
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = SiteChecker(contentFolder: content, today: Fixtures.today).check()
        let missing = result.diagnostics.filter { $0.code == "BG409" }.map(\.location.file)
        #expect(missing == ["regulations/polozhenie.md"], "\(Fixtures.render(result.diagnostics))")
        #expect(result.diagnostics.first { $0.code == "BG409" }?.message.contains("document (положение)") == true)

        let pages = SiteBuilder(contentFolder: content, today: Fixtures.today).render().files
        let index = try #require(pages.first { $0.path == "regulations/index.html" }).text
        #expect(index.contains("<h1>Документы</h1>"))
        let order = ["<h2>Регламенты</h2>", "<h2>Положения</h2>", "<h2>Инструкции</h2>"].compactMap {
            index.range(of: $0)?.lowerBound
        }
        #expect(order.count == 3 && order == order.sorted(), "groups in the kinds' order")
        let home = try #require(pages.first { $0.path == "index.html" }).text
        #expect(home.contains(">Документы</a>"), "the menu names the documents, not only regulations")
    }

    @Test func policyChoosesTheKindsThatNeedAnApprovalAndAnUnknownKindIsRefused() throws {
        let content = try site([
            "regulations/instrukciya.md": Self.instruction,
            "policy.yaml": "approval_kinds: [регламент, инструкция]\n",
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = SiteChecker(contentFolder: content, today: Fixtures.today).check()
        #expect(result.diagnostics.contains { $0.code == "BG409" && $0.location.file == "regulations/instrukciya.md" })

        let wrong = try site([
            "regulations/help.md": Self.instruction.replacingOccurrences(of: "Инструкция", with: "Инструкцыя")
        ])
        defer { try? FileManager.default.removeItem(at: wrong.deletingLastPathComponent()) }
        let refused = SiteBuilder(contentFolder: wrong, today: Fixtures.today).render()
        let finding = try #require(refused.diagnostics.first { $0.code == "BG108" })
        #expect(finding.message.contains("did you mean 'инструкция'?"))
    }
}
