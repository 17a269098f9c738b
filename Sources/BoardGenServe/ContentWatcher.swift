import Foundation
import Synchronization

/// Watches the content folder and everything under it (regulations, files, template and asset
/// overrides) and calls `onChange` with the relative paths that changed. Folders created later are
/// watched as they appear; the content folder itself may be deleted and made again (its parent is
/// watched for that). Runs on its own thread until `stop()`.
final class ContentWatcher: Sendable {
    /// What changed: the paths, and whether the last change completed a save (see `Inotify.Event`);
    /// nil when only attributes changed, which tells neither.
    struct Change: Sendable {
        var paths: [String]
        var isCompletedSave: Bool?
    }

    /// The content folder, absolute and with symbolic links resolved.
    let root: String
    private let inotify: Inotify
    private let onChange: @Sendable (Change) -> Void
    /// Whether the thread was started, and whether it was told to stop.
    private let phase = Mutex((started: false, stopped: false))
    private let done = DispatchSemaphore(value: 0)

    /// Opens the notifications; `onChange` runs on the watcher's thread.
    init(root: URL, onChange: @escaping @Sendable (Change) -> Void) throws(Inotify.Failure) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath().path
        self.inotify = try Inotify()
        self.onChange = onChange
    }

    /// Starts watching: every folder is watched before this returns, then a thread waits for events.
    func start() {
        var table = WatchTable()
        watchParent(in: &table)
        watchTree(root, in: &table)
        let initial = table
        phase.withLock { $0.started = true }
        let thread = Thread { [self] in
            var watches = initial
            self.loop(&watches)
            self.inotify.close()
            self.done.signal()
        }
        thread.name = "boardgen-watch"
        thread.start()
    }

    /// Stops the thread and waits until its descriptors are closed.
    func stop() {
        let (started, stopped) = phase.withLock { phase in
            defer { phase.stopped = true }
            return phase
        }
        guard !stopped else { return }
        guard started else { return inotify.close() }
        inotify.wake()
        done.wait()
    }

    deinit {
        stop()
    }
}

extension ContentWatcher {
    /// A file of the kinds the site is built from and edited by hand (content, templates, styles):
    /// its save may start a build at once, and its change is named even after it was removed.
    static func isSiteText(_ path: String) -> Bool {
        ["md", "yaml", "yml", "mustache", "css", "js"].contains((path as NSString).pathExtension)
    }
}

/// The watched folders by watch number, as paths relative to the content folder ("" for itself).
struct WatchTable {
    var folders: [Int32: String] = [:]
    var parent: Int32?
}

private extension ContentWatcher {
    var rootName: String { (root as NSString).lastPathComponent }

    func loop(_ watches: inout WatchTable) {
        while let events = inotify.wait(milliseconds: -1) {
            var change = Change(paths: [], isCompletedSave: nil)
            for event in events {
                let paths = handle(event, in: &watches)
                change.paths += paths
                // The last event that names a file decides, an editor's copy of permissions aside. Only a
                // file the site is made of counts as saved: a tool's `contacts.yaml.tmp`, closed before it is
                // renamed over the file, is not.
                if !paths.isEmpty && !event.isAttributesOnly {
                    change.isCompletedSave = event.isCompletedSave && paths.allSatisfy(Self.isSiteText)
                }
            }
            if !change.paths.isEmpty { onChange(change) }
        }
    }

    /// The paths an event changed (none for an editor's scratch file), watching new folders.
    func handle(_ event: Inotify.Event, in watches: inout WatchTable) -> [String] {
        if event.isOverflow {
            watchTree(root, in: &watches)
            return [""]
        }
        if event.watch == watches.parent {
            guard event.name == rootName else { return [] }
            if event.isArrival { watchTree(root, in: &watches) }
            return [""]
        }
        guard let folder = watches.folders[event.watch] else { return [] }
        if event.isWatchGone {
            if event.isDropped { watches.folders[event.watch] = nil }
            return folder.isEmpty ? [""] : []
        }
        let path = folder.isEmpty ? event.name : folder + "/" + event.name
        if event.isFolder && event.isArrival { watchTree(root + "/" + path, in: &watches) }
        return Self.isScratchFile(event.name) ? [] : [path]
    }

    /// Watches a folder and every folder below it (symbolic links are not followed).
    func watchTree(_ path: String, in watches: inout WatchTable) {
        guard let watch = inotify.watch(folder: path) else { return }
        let relative = path == root ? "" : String(path.dropFirst(root.count + 1))
        watches.folders[watch] = relative
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where !name.hasPrefix(".") {
            let child = path + "/" + name
            var isFolder: ObjCBool = false
            let attributes = try? FileManager.default.attributesOfItem(atPath: child)
            guard attributes?[.type] as? FileAttributeType == .typeDirectory,
                FileManager.default.fileExists(atPath: child, isDirectory: &isFolder), isFolder.boolValue
            else { continue }
            watchTree(child, in: &watches)
        }
    }

    func watchParent(in watches: inout WatchTable) {
        watches.parent = inotify.watchEntries(folder: (root as NSString).deletingLastPathComponent)
    }

    /// Files editors write beside the one being edited (vim's swap and probe files, backups, the
    /// JetBrains editors' safe-write copies, Kate's swap files, Emacs' auto-save files).
    static func isScratchFile(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name == "4913" || name.hasSuffix("___jb_tmp___") || name.hasSuffix("___jb_old___")
            || name.hasSuffix(".kate-swp") || (name.hasPrefix("#") && name.hasSuffix("#"))
    }

}
