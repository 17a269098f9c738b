import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport
import Foundation
import ScheduleModel
import Synchronization

/// Loads a content folder into a `Site`, collecting every diagnostic of the run.
package struct ContentLoader: Sendable {
    /// The result of loading: a site when `site.yaml` was usable, and all diagnostics.
    package struct Result: Sendable {
        package var site: Site?
        package var diagnostics: [Diagnostic]
    }

    /// The content folder.
    package let contentFolder: URL
    /// What the previous loads decoded (`serve`), or nil.
    package let memo: LoadMemo?
    /// Files already read, taken instead of reading them again; or nil.
    package let readAhead: ReadAhead?

    /// Makes a loader for a folder; with a `memo`, regulations whose files did not change since
    /// the memo's last load are taken from it instead of decoded again; with `readAhead`, the
    /// files it holds are decoded from its bytes.
    package init(contentFolder: URL, memo: LoadMemo? = nil, readAhead: ReadAhead? = nil) {
        self.contentFolder = contentFolder
        self.memo = memo
        self.readAhead = readAhead
    }

    /// Reads every file, returning the model and all diagnostics (never stops at the first).
    package func load() -> Result {
        let session = LoadSession(root: contentFolder, memo: memo, readAhead: readAhead)
        let site = session.loadSite()
        return Result(site: site, diagnostics: session.sink.bag.sorted)
    }
}

/// The state of one load: the folder, the diagnostics, the ids seen. Regulations are decoded in
/// parallel, so the state that loading updates is kept in a mutex the session owns.
package final class LoadSession: Sendable {
    package let sink: DiagnosticSink
    let folder: ContentFolder
    /// What the previous loads decoded, or nil.
    let memo: LoadMemo?
    private let state = Mutex(State())

    /// Files that exist but could not be read or parsed: references into them are not reported again.
    var brokenFiles: Set<String> { state.withLock { $0.brokenFiles } }
    /// Ids of items whose definition was reported as broken, by file.
    var brokenIDs: [String: Set<String>] { state.withLock { $0.brokenIDs } }
    /// The calendar notations are read with: the school's, once site.yaml is read.
    var calendarForParsing: SchoolCalendar {
        get { state.withLock { $0.calendar } }
        set { state.withLock { $0.calendar = newValue } }
    }

    /// Records a file whose references are not reported again.
    func markBroken(_ path: String) {
        state.withLock { _ = $0.brokenFiles.insert(path) }
    }

    /// Records an item whose definition in `path` was reported as broken.
    func markBroken(id: String, in path: String) {
        state.withLock { _ = $0.brokenIDs[path, default: []].insert(id) }
    }

    private struct State {
        var brokenFiles: Set<String> = []
        var brokenIDs: [String: Set<String>] = [:]
        var calendar = SchoolCalendar()
    }

    package init(root: URL, memo: LoadMemo? = nil, readAhead: ReadAhead? = nil) {
        let sink = DiagnosticSink()
        self.sink = sink
        self.memo = memo
        folder = ContentFolder(root: root, sink: sink, readAhead: readAhead)
    }

    /// A session that reads like `parent` (its folder and calendar) but reports into `sink`: one
    /// file's decoding, whose findings a memo keeps.
    init(decodingFor parent: LoadSession, reportingTo sink: DiagnosticSink) {
        self.sink = sink
        self.memo = nil
        folder = parent.folder
        calendarForParsing = parent.calendarForParsing
    }

    func loadSite() -> Site? {
        guard folder.exists("site.yaml") else {
            sink.report(
                .missingKey,
                "the content folder has no site.yaml; create it with at least school.short_name, system.name and url (see docs/content.md)",
                at: SourceLocation(file: "site.yaml"))
            return nil
        }
        let settings = loadSettings()
        let channels = loadList("contacts.yaml", key: "channels", what: "a channel", decode: LoadSession.decodeChannel)
        let people = loadList("people.yaml", key: "people", what: "a person", decode: LoadSession.decodePerson)
        let timetables = loadList(
            "timetables.yaml", key: "timetables", what: "a timetable", decode: LoadSession.decodeTimetable)
        let desks = loadList("desks.yaml", key: "desks", what: "a desk", decode: LoadSession.decodeDesk)
        // Sorted before the site is made: sorting the site's list would index 10,000 regulations twice.
        let regulations = loadRegulations().sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        let board = loadBoard()
        let policy = loadPolicy()
        guard let settings else { return nil }
        var site = Site(
            settings: settings, channels: channels, people: people, timetables: timetables,
            desks: desks, regulations: regulations, board: board, contentRoot: folder.root.path)
        site.brokenFiles = brokenFiles
        site.brokenIDs = brokenIDs
        site.policy = policy
        ReferenceResolver(site: site, sink: sink).checkAll()
        return site
    }

    /// Reads a YAML file whose root is a mapping, returning it as an object.
    func loadObject(_ path: String, what: String) -> YAMLObject? {
        readIfPresent(path).flatMap { parseObject($0, what: what) }
    }

    /// A file's text; nil when it does not exist, or could not be read (reported, marked broken).
    func readIfPresent(_ path: String) -> SourceText? {
        guard folder.exists(path) else { return nil }
        guard let source = folder.read(path) else {
            markBroken(path)
            return nil
        }
        return source
    }

    /// A YAML file's text as an object (its example values reported).
    func parseObject(_ source: SourceText, what: String) -> YAMLObject? {
        let path = source.path
        reportExampleValues(in: source)
        switch YAMLNode.parse(source.text, path: path) {
        case .failure(let diagnostic):
            sink.report(diagnostic)
            markBroken(path)
            return nil
        case .success(nil):
            sink.report(
                .emptyFile, "file holds no YAML data; add its content or delete the file",
                at: SourceLocation(file: path))
            markBroken(path)
            return nil
        case .success(let node?):
            let object = YAMLObject(node, what: what, sink: sink)
            if object == nil { markBroken(path) }
            return object
        }
    }

    /// Reads `key:` of a list file and decodes each item (`decode` on the session that decodes),
    /// reporting duplicate ids. With a memo, an unchanged file's items are taken from it.
    func loadList<T: ContentItem>(
        _ path: String, key: String, what: String, decode: @escaping (LoadSession) -> (YAMLObject) -> T?
    ) -> [T] {
        guard let memo else {
            return decodeList(loadObject(path, what: path), path: path, key: key, what: what, decode: decode)
        }
        guard let source = readIfPresent(path) else { return [] }
        return memo.value(of: source, calendar: calendarForParsing, for: self) { session in
            session.decodeList(
                session.parseObject(source, what: path), path: path, key: key, what: what, decode: decode)
        }
    }

    func decodeList<T: ContentItem>(
        _ file: YAMLObject?, path: String, key: String, what: String, decode: (LoadSession) -> (YAMLObject) -> T?
    ) -> [T] {
        guard let file else { return [] }
        let items = file.list(key, required: true).compactMap { node -> T? in
            guard let object = YAMLObject(node, what: what, sink: sink) else { return nil }
            defer { object.finish() }
            let item = decode(self)(object)
            if item == nil, case .mapping(let entries, _) = node,
                case .scalar(let id, _, _)? = entries.first(where: { $0.key == "id" })?.value
            {
                // Already reported; references to it would only repeat the same mistake.
                markBroken(id: id, in: path)
            }
            return item
        }
        file.finish()
        return uniqueByID(items.map { (item: $0, id: $0.id, location: $0.location) }, what: what, file: path)
    }
}

extension LoadSession {
    /// Keeps the first item of each id and reports the others (BG106) where they are defined.
    func uniqueByID<T>(_ items: [(item: T, id: String, location: SourceLocation)], what: String, file: String) -> [T] {
        var seen: Set<String> = []
        return items.compactMap { entry in
            if seen.insert(entry.id).inserted { return entry.item }
            sink.report(
                .duplicateID,
                "duplicate id '\(entry.id)': \(what) with this id is already defined in \(file); ids must be unique",
                at: entry.location)
            return nil
        }
    }
}
