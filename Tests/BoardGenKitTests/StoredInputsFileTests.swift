import Foundation
import Testing

@testable import BoardGenKit

/// The inputs file of the build cache (`StoredInputs+File`): tab-separated lines read and written
/// as bytes, which give back every note; what a line cannot hold is left out (its file is then read
/// again), and a file this version did not write is not used.
@Suite struct StoredInputsFileTests {
    func described(_ notes: StoredInputs) -> [String] {
        notes.files.map { stored in
            let stamp = stored.file.stamp.map {
                "\($0.inode) \($0.size) \($0.modified) \($0.changed) \($0.isSettled)"
            }
            return "\(stored.path) | \(stored.file.whole) | \(stored.file.frontMatter ?? "-") | \(stamp ?? "-")"
        } + notes.decodedFrom.map { "from \($0.path) | \($0.whole)" } + ["generation \(notes.regulationsGeneration)"]
    }

    func file(_ name: String) -> (folder: URL, file: URL) {
        let folder = Fixtures.makeTemporaryFolder("stored-inputs-file-\(name)")
        return (folder, folder.appendingPathComponent(".public.boardgen-cache-inputs"))
    }

    @Test func everyNoteComesBack() throws {
        let (folder, file) = file("round-trip")
        defer { try? FileManager.default.removeItem(at: folder) }
        var notes = StoredInputs(files: [
            .init(
                path: "regulations/Положение № 1.md",
                file: .init(
                    whole: "ab12", frontMatter: "cd34",
                    stamp: ContentStamp(
                        inode: UInt64.max, size: 1234, modified: -1_000_000_001, changed: Int64.max, isSettled: true))),
            .init(path: "contacts.yaml", file: .init(whole: "ef56")),
            .init(
                path: "site.yaml",
                file: .init(
                    whole: "0000", stamp: ContentStamp(inode: 7, size: 0, modified: 0, changed: 1, isSettled: false))),
            .init(path: "templates/link.mustache", file: .init(whole: "link → ../elsewhere (resolves)")),
        ])
        notes.regulationsGeneration = "5B1C0C9E-0B8A-4E55-9E0F-2D9C4B7A1F00"
        notes.decodedFrom = [.init(path: "regulations/Положение № 1.md", whole: "ab12")]
        notes.write(to: file)
        let read = try #require(StoredInputs.read(file))
        #expect(described(read) == described(notes))
    }

    @Test func whatALineCannotHoldIsLeftOut() throws {
        let (folder, file) = file("unsafe")
        defer { try? FileManager.default.removeItem(at: folder) }
        var notes = StoredInputs(files: [
            .init(path: "regulations/a\tb.md", file: .init(whole: "11")),
            .init(path: "regulations/c\nd.md", file: .init(whole: "22")),
            .init(path: "regulations/ok.md", file: .init(whole: "33", frontMatter: "4\t4")),
        ])
        notes.decodedFrom = [
            .init(path: "regulations/a\tb.md", whole: "11"), .init(path: "regulations/ok.md", whole: "33"),
        ]
        notes.write(to: file)
        let read = try #require(StoredInputs.read(file))
        #expect(described(read) == ["regulations/ok.md | 33 | - | -", "from regulations/ok.md | 33", "generation "])
    }

    @Test(arguments: [
        "", "boardgen-build-inputs 3\n", "boardgen-build-inputs 4\nX\tfoo\n", "boardgen-build-inputs 4\nF\tonly-path\n",
        "boardgen-build-inputs 4\nF\ta.md\t11\nS\t1\t2\t3\t4\tyes\n",
        "boardgen-build-inputs 4\nF\ta.md\t11\nS\t-1\t2\t3\t4\t1\n",
        "boardgen-build-inputs 4\nS\t1\t2\t3\t4\t1\n",
        "boardgen-build-inputs 4\nF\ta.md\t11\nS\t1\t2\t3\t99999999999999999999\t1\n",
    ])
    func aFileThisVersionDidNotWriteIsNotUsed(_ text: String) throws {
        let (folder, file) = file("foreign-\(abs(text.hashValue))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: file)
        #expect(StoredInputs.read(file) == nil)
        #expect(StoredInputs.read(folder.appendingPathComponent("missing")) == nil)
    }
}

/// Notes equal to the previous file's are copied from its lines: the file written that way is the
/// file written from scratch, byte for byte, whatever changed in between.
@Suite struct StoredInputsReuseTests {
    func notes(_ files: [(String, String, Int64)], sources: [(String, String)]) -> StoredInputs {
        var notes = StoredInputs(
            files: files.map { path, whole, size in
                .init(
                    path: path,
                    file: .init(
                        whole: whole, frontMatter: path.hasSuffix(".md") ? "fm-\(whole)" : nil,
                        stamp: ContentStamp(inode: 7, size: size, modified: 100, changed: 100, isSettled: size > 0)))
            })
        notes.decodedFrom = sources.map { .init(path: $0.0, whole: $0.1) }
        notes.regulationsGeneration = "generation-1"
        return notes
    }

    @Test func aFileWrittenFromThePreviousLinesIsTheFileWrittenAfresh() throws {
        let folder = Fixtures.makeTemporaryFolder("stored-inputs-reuse")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (first, fresh, reused) = (
            folder.appendingPathComponent("first"), folder.appendingPathComponent("fresh"),
            folder.appendingPathComponent("reused")
        )
        let before = notes(
            [("contacts.yaml", "aa", 10), ("regulations/a.md", "bb", 20), ("regulations/b.md", "cc", 0)],
            sources: [("regulations/a.md", "bb"), ("regulations/b.md", "cc")])
        before.write(to: first)
        let previous = try #require(StoredInputs.read(first))
        #expect(previous.lines?.files.count == 3 && previous.lines?.decodedFrom.count == 2)
        let edits: [StoredInputs] = [
            before,
            // The same files, one edited (fingerprint and stamp) and one source with it.
            notes(
                [("contacts.yaml", "aa", 10), ("regulations/a.md", "b3", 22), ("regulations/b.md", "cc", 0)],
                sources: [("regulations/a.md", "b3"), ("regulations/b.md", "cc")]),
            // One file's fingerprint and stamp changed, one file added in the middle, one source changed.
            notes(
                [
                    ("contacts.yaml", "aa", 10), ("regulations/0.md", "new", 5), ("regulations/a.md", "b2", 21),
                    ("regulations/b.md", "cc", 0),
                ],
                sources: [("regulations/a.md", "b2"), ("regulations/b.md", "cc")]),
            // A file removed, a path with a tab (left out), the generation changed.
            {
                var notes = notes(
                    [("contacts.yaml", "aa", 10), ("regulations/b\tc.md", "cc", 0)],
                    sources: [("regulations/b.md", "cc")])
                notes.regulationsGeneration = "generation-2"
                return notes
            }(),
        ]
        for edited in edits {
            edited.write(to: fresh)
            edited.write(to: reused, reusing: previous)
            #expect(try Data(contentsOf: reused) == Data(contentsOf: fresh))
        }
    }
}
