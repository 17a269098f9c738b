import Foundation
import Testing

@testable import BoardGenDiagnostics
@testable import BoardGenKit

/// Bad and odd input to `boardgen import`: each folder under Fixtures/import-input holds the
/// documents (`args.txt` names them, in order), optionally `generate.txt` ("name MiB": a large
/// file made here), `into.txt` ("nonempty": the target already holds a file) and `pandoc.txt` (the
/// executable to use), and `expected.txt`, the diagnostics (paths shortened to file names, the
/// target shown as DIR). A refused import leaves no target and no staging folder behind.
@Suite struct ImportInputCorpusTests {
    static let corpus = Fixtures.root.appendingPathComponent("import-input")
    static let cases = CorpusCase.names(in: corpus)

    @Test(arguments: cases)
    func importInput(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        let work = Fixtures.makeTemporaryFolder("import-input")
        defer { try? FileManager.default.removeItem(at: work) }
        let paths = try Self.documents(of: folder, work: work)
        let target = work.appendingPathComponent("draft")
        let preexisting = Self.read(folder, "into.txt") == "nonempty"
        if preexisting {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try "channels: []\n".write(
                to: target.appendingPathComponent("contacts.yaml"), atomically: true, encoding: .utf8)
        }
        var importer = SiteImporter(documents: paths, into: target, today: Date(timeIntervalSince1970: 1_795_000_000))
        importer.pandocExecutable = Self.read(folder, "pandoc.txt")
        let outcome = importer.run()
        let shown = outcome.diagnostics.map { diagnostic -> Diagnostic in
            var copy = diagnostic
            copy.location.file =
                diagnostic.location.file == target.path
                ? "DIR" : (diagnostic.location.file as NSString).lastPathComponent
            copy.message = copy.message.replacingOccurrences(of: target.path, with: "DIR")
            return copy
        }
        try CorpusCase.expectDiagnostics(shown, of: folder, name: name)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix(".draft") }
        #expect(leftovers.isEmpty, "\(name): a staging folder was left behind")
        if outcome.failed {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
            #expect(
                preexisting ? files == ["contacts.yaml"] : !FileManager.default.fileExists(atPath: target.path),
                "\(name): a refused import must not write into the target")
        } else {
            #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("IMPORT.md").path))
            let build = SiteBuilder(contentFolder: target, today: Fixtures.today).build(
                into: work.appendingPathComponent("public"))
            let failed = build.hasErrors
            #expect(!failed, "\(name): the draft must build: \(build.diagnostics.map(\.formatted))")
        }
    }
}

private extension ImportInputCorpusTests {
    static func read(_ folder: URL, _ name: String) -> String? {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The case's documents copied into `work` (a generated large file made sparse there).
    static func documents(of folder: URL, work: URL) throws -> [String] {
        if let spec = read(folder, "generate.txt") {
            let parts = spec.split(separator: " ")
            let file = work.appendingPathComponent(String(parts[0]))
            FileManager.default.createFile(atPath: file.path, contents: Data([0x50, 0x4B, 0x03, 0x04]))
            let handle = try FileHandle(forWritingTo: file)
            try handle.truncate(atOffset: UInt64(Int(parts[1]) ?? 50) * 1_048_576)
            try handle.close()
        }
        return (read(folder, "args.txt") ?? "").split(separator: "\n").map { name in
            let source = folder.appendingPathComponent(String(name))
            let copy = work.appendingPathComponent(String(name))
            if !FileManager.default.fileExists(atPath: copy.path) {
                try? FileManager.default.copyItem(at: source, to: copy)
            }
            return copy.path
        }
    }
}
