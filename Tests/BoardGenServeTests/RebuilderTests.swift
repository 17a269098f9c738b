import Foundation
import Synchronization
import Testing

@testable import BoardGenServe

/// When a rebuild starts after a change: at once when the change completed a save (a file closed
/// after writing, or renamed into place), after a quiet moment when it may be a save halfway
/// (vim renames the old file away before it writes the new one).
@Suite(.serialized, .timeLimit(.minutes(1))) struct RebuilderTests {
    @Test func aCompletedSaveIsBuiltAtOnceAndAnUnfinishedOneAfterTheQuietTime() throws {
        let builds = Mutex<[(paths: [String], at: ContinuousClock.Instant)]>([])
        let rebuilder = Rebuilder(quiet: .milliseconds(400), longest: .seconds(2)) { paths in
            builds.withLock { $0.append((paths, ContinuousClock.now)) }
        }
        rebuilder.start()
        defer { rebuilder.stop() }

        let saved = ContinuousClock.now
        rebuilder.request(["contacts.yaml"], isCompletedSave: true)
        try waitFor { builds.withLock { $0.count } == 1 }
        let first = try #require(builds.withLock { $0.first })
        #expect(first.paths == ["contacts.yaml"])
        #expect(first.at - saved < .milliseconds(200), "a completed save waited for the quiet time")

        let renamedAway = ContinuousClock.now
        rebuilder.request(["contacts.yaml"], isCompletedSave: false)
        try waitFor { builds.withLock { $0.count } == 2 }
        let second = try #require(builds.withLock { $0.last })
        #expect(second.at - renamedAway >= .milliseconds(400), "a save halfway was built before the quiet time")
    }

    @Test func theWatcherTellsCompletedSavesFromSavesHalfway() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("contacts.yaml")
        try Data("channels: []\n".utf8).write(to: file)
        let changes = Mutex<[ContentWatcher.Change]>([])
        let watcher = try ContentWatcher(root: folder) { change in changes.withLock { $0.append(change) } }
        watcher.start()
        defer { watcher.stop() }

        // An editor's save by rename: a scratch file, renamed over the file.
        let scratch = folder.appendingPathComponent(".contacts.yaml.swp")
        try Data("channels: [] # 1\n".utf8).write(to: scratch)
        #expect(rename(scratch.path, file.path) == 0)
        try waitFor { changes.withLock { $0.last?.isCompletedSave == true } }
        // A tool's save: a temporary file written beside it (not a file the site reads) …
        changes.withLock { $0.removeAll() }
        let temporary = folder.appendingPathComponent("contacts.yaml.tmp")
        try Data("channels: [] # 1.5\n".utf8).write(to: temporary)
        try waitFor { changes.withLock { $0.contains { $0.paths.contains("contacts.yaml.tmp") } } }
        #expect(changes.withLock { $0.last?.isCompletedSave } == false)
        // … then renamed over the file: complete.
        #expect(rename(temporary.path, file.path) == 0)
        try waitFor { changes.withLock { $0.last?.isCompletedSave == true } }
        // vim's save: the old file renamed to a backup (halfway: the file is gone) …
        changes.withLock { $0.removeAll() }
        let backup = folder.appendingPathComponent("contacts.yaml~")
        #expect(rename(file.path, backup.path) == 0)
        try waitFor { !changes.withLock { $0.isEmpty } }
        #expect(changes.withLock { $0.last?.isCompletedSave } == false)
        // … then the new file written and closed, its permissions copied: complete.
        try Data("channels: [] # 2\n".utf8).write(to: file)
        #expect(chmod(file.path, 0o644) == 0)
        // (The copy of permissions, when it comes in a batch of its own, tells nothing: nil.)
        try waitFor { changes.withLock { $0.last { $0.isCompletedSave != nil }?.isCompletedSave == true } }
        Thread.sleep(forTimeInterval: 0.05)
        #expect(changes.withLock { $0.last { $0.isCompletedSave != nil }?.isCompletedSave } == true)
    }

    @Test func editorsScratchFilesAreNotChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let changes = Mutex<[ContentWatcher.Change]>([])
        let watcher = try ContentWatcher(root: folder) { change in changes.withLock { $0.append(change) } }
        watcher.start()
        defer { watcher.stop() }

        let scratch = [
            ".contacts.yaml.swp", "contacts.yaml~", "4913", "contacts.yaml___jb_tmp___", "contacts.yaml___jb_old___",
            "contacts.yaml.kate-swp", "#contacts.yaml#",
        ]
        for name in scratch { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        // A real file afterwards: once its change is seen, the scratch files' events were read too.
        try Data("channels: []\n".utf8).write(to: folder.appendingPathComponent("contacts.yaml"))
        try waitFor { changes.withLock { $0.contains { $0.paths.contains("contacts.yaml") } } }
        let named = Set(changes.withLock { $0.flatMap(\.paths) })
        #expect(named == ["contacts.yaml"], "scratch files were reported: \(named.sorted())")
        #expect(
            ContentWatcher.isSiteText("regulations/pomosch.md") && ContentWatcher.isSiteText("templates/head.mustache"))
        #expect(!ContentWatcher.isSiteText("contacts.yaml.tmp") && !ContentWatcher.isSiteText("files/form.pdf"))
    }
}

private func waitFor(_ location: SourceLocation = #_sourceLocation, _ condition: () -> Bool) throws {
    let deadline = ContinuousClock.now + .seconds(5)
    while !condition() {
        guard ContinuousClock.now < deadline else {
            Issue.record("timed out", sourceLocation: location)
            return
        }
        Thread.sleep(forTimeInterval: 0.005)
    }
}
