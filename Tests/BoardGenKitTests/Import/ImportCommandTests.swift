import Foundation
import Testing

@testable import BoardGenKit

/// `boardgen import` as users run it: exit 0 with a draft and IMPORT.md, 1 for a document that
/// cannot be read (nothing written), 2 for a target that holds files or a missing document.
@Suite(.serialized) struct ImportCommandTests {
    @Test func exitCodesFollowTheContract() throws {
        guard let binary = CommandLineTests.binary else {
            Issue.record("the boardgen binary is not built; run `make test`")
            return
        }
        let work = Fixtures.makeTemporaryFolder("import-cli")
        defer { try? FileManager.default.removeItem(at: work) }
        let document = work.appendingPathComponent("reglament.txt")
        try "Регламент оказания помощи\n\n1. Телефон для родителей: 8 (3412) 55-12-34.\n"
            .write(to: document, atomically: true, encoding: .utf8)
        let draft = work.appendingPathComponent("draft").path
        let done = try ExternalTool.run(binary, ["import", document.path, "--into", draft], in: work)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("drafted"))
        #expect(FileManager.default.fileExists(atPath: draft + "/IMPORT.md"))
        let contacts = try String(contentsOfFile: draft + "/contacts.yaml", encoding: .utf8)
        #expect(contacts.contains("value: \"8 (3412) 55-12-34\""))
        #expect(contacts.contains("audiences: [parents]"))

        let again = try ExternalTool.run(binary, ["import", document.path, "--into", draft], in: work)
        #expect(again.status == 2)
        #expect(again.stderr.contains("[BG906]"))

        let empty = work.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let refused = try ExternalTool.run(
            binary, ["import", empty.path, "--into", work.appendingPathComponent("d2").path], in: work)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[BG904]"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("d2").path))

        let missing = try ExternalTool.run(
            binary, ["import", "absent.docx", "--into", work.appendingPathComponent("d3").path], in: work)
        #expect(missing.status == 2)

        let built = try ExternalTool.run(
            binary,
            [
                "build", "--content", draft, "--output", work.appendingPathComponent("public").path, "--today",
                "2026-11-22",
            ], in: work)
        #expect(built.status == 0, "\(built.stderr)")
    }
}
