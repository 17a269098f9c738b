import BoardGenLoad
import BoardGenSupport
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The fingerprints of every file of a content folder, read before the site is loaded, for the
/// build cache. Read first: when a file changes while the build runs, the output is stored under
/// the older fingerprint, which the next build does not match, so an edit is never lost.
///
/// A regulation's file counts twice: its front matter (title, kind, approval, …: what other pages
/// show) is one of the site-wide inputs, its whole text is the input of its own page. Regulation pages do not
/// read the other regulations' files, only a few facts about them (`RegulationPageFacts`).
struct SiteInputs: Sendable {
    /// One file's fingerprints.
    struct File: Sendable, Codable, Equatable {
        /// The whole file (or, for a link, its target and whether it resolves; for an unreadable
        /// file, that fact).
        var whole: String
        /// The front matter of a Markdown file (its bytes up to the closing `---` line); nil when
        /// the file has none, or is not Markdown.
        var frontMatter: String?
        /// The file's stamp when it is a regular file, which lets the next build take these
        /// fingerprints without reading it.
        var stamp: ContentStamp? = nil
    }

    /// The files by path relative to the content folder.
    var files: [String: File]
    /// The paths of `files`, sorted (the order of every key).
    var sortedPaths: [String]
    /// The values of `files` in the order of `sortedPaths`: the keys walk the files in that order, and
    /// looking each path up again was 2 % of a rebuild's instructions.
    var sortedFiles: [File]
    /// The bytes of the text files the loader reads (Markdown and YAML), fingerprinted here and
    /// decoded from these bytes, so that each is read once.
    var readAhead: ReadAhead

    /// Reads and fingerprints every file under `root` (links listed, not followed), on all cores. A
    /// file whose stamp is settled and equal to the one in `known` (the previous build's notes,
    /// sorted by path) keeps its fingerprints from there and is not read.
    static func read(
        _ root: URL, known: [StoredInputs.StoredFile] = [], now: Int64 = ContentStamp.now
    ) -> SiteInputs {
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        // Usually the same paths as last time: each note is then at its file's place, found without hashing
        // 10,000 paths into a dictionary and looking each up.
        let (entries, isAligned) = FolderWalk.list(under: base, previous: known.map(\.path))
        let byPath = isAligned ? [:] : Dictionary(known.map { ($0.path, $0.file) }) { first, _ in first }
        let read = Array(entries.indices).parallelMap { index -> (file: File, bytes: Data?) in
            let entry = entries[index]
            let full = base + "/" + entry.path
            var stamp: ContentStamp?
            if entry.kind == .other {
                stamp = ContentStamp(path: full, now: now)
                let previous = isAligned ? known[index].file : byPath[entry.path]
                if let stamp, stamp.isSettled, let file = previous, file.stamp == stamp {
                    return (file, nil)
                }
            }
            let isLoaded = [".md", ".yaml", ".yml"].contains { entry.path.hasSuffix($0) }
            var read = fingerprint(
                full, kind: entry.kind, isMarkdown: entry.path.hasSuffix(".md"), keepsBytes: isLoaded)
            read.file.stamp = stamp
            return read
        }
        var bytes: [String: Data] = [:]
        for (entry, file) in zip(entries, read) where file.bytes != nil { bytes[entry.path] = file.bytes }
        let (paths, files) = (entries.map(\.path), read.map(\.file))
        return SiteInputs(
            files: Dictionary(zip(paths, files), uniquingKeysWith: { first, _ in first }), sortedPaths: paths,
            sortedFiles: files, readAhead: ReadAhead(bytes, listing: paths))
    }

    /// The key of everything a page may read besides a regulation's body: boardgen itself, "today",
    /// every file of the content folder, and of each regulation's file only its front matter.
    func siteKey(toolIdentity: String, today: String, regulationSources: Set<String>) -> String {
        key(named: "boardgen-build-cache 1", toolIdentity: toolIdentity, today: today) { path, file in
            guard regulationSources.contains(path), let frontMatter = file.frontMatter else {
                return "whole \(file.whole)"
            }
            return "front matter \(frontMatter)"
        }
    }

    /// The key of what every regulation's page reads besides its own file: boardgen itself, "today", every file
    /// of the content folder but the regulations, and `facts`, what the pages read of the regulations
    /// (`RegulationPageFacts`).
    func regulationPagesKey(
        toolIdentity: String, today: String, regulationSources: Set<String>, facts: String
    ) -> String {
        key(named: "boardgen-build-cache 1 regulation pages", toolIdentity: toolIdentity, today: today, facts: facts) {
            path, file in regulationSources.contains(path) ? nil : "whole \(file.whole)"
        }
    }

    /// The key of what decoding a regulation's file may depend on besides the file: boardgen itself,
    /// "today" and every file but the regulations' (site.yaml's calendar and settings among them). The
    /// build cache keeps decoded regulations under it.
    func loadKey(toolIdentity: String, today: String) -> String {
        key(named: "boardgen-build-cache 1 load", toolIdentity: toolIdentity, today: today) { path, file in
            Self.isRegulationFile(path) ? nil : "whole \(file.whole)"
        }
    }

    /// True for a path the loader reads as a regulation (`regulations/<name>.md`).
    static func isRegulationFile(_ path: String) -> Bool {
        // On the bytes: Foundation's `contains` was a tenth of working out the load key.
        path.hasPrefix("regulations/") && path.hasSuffix(".md")
            && !path.utf8.dropFirst("regulations/".utf8.count).contains(UInt8(ascii: "/"))
    }

    /// The key of a job that reads one file besides the inputs `baseKey` stands for; nil for an unknown file.
    func jobKey(baseKey: String, source: String) -> String? {
        guard let file = files[source] else { return nil }
        // Added one by one (each with its length), not joined into one text first: 10,000 pages'
        // joined texts were 1.6 % of a rebuild's instructions.
        var key = Fingerprint()
        key.add(baseKey)
        key.add(source)
        key.add(file.whole)
        return key.hex
    }
}

private extension SiteInputs {
    /// A key over the files in path order: each file's path and what `part` says of it (nil: the file is left
    /// out), then `facts`.
    func key(
        named name: String, toolIdentity: String, today: String, facts: String? = nil,
        part: (String, File) -> String?
    ) -> String {
        var key = Fingerprint()
        key.add("\(name)\n\(toolIdentity)\n\(today)\n")
        for (path, file) in zip(sortedPaths, sortedFiles) {
            guard let text = part(path, file) else { continue }
            key.add(path)
            key.add(text)
        }
        if let facts { key.add("facts \(facts)") }
        return key.hex
    }

    /// A file's fingerprints, and with `keepsBytes` the bytes they were taken of (a regular file's only).
    static func fingerprint(
        _ full: String, kind: FolderWalk.Kind, isMarkdown: Bool, keepsBytes: Bool
    ) -> (file: File, bytes: Data?) {
        switch kind {
        case .folder:
            return (File(whole: "folder"), nil)
        case .link:
            // Whether it resolves matters too: a dangling link and a link out of the folder are reported differently.
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?"
            return (File(whole: "link \(target) \(FileManager.default.fileExists(atPath: full))"), nil)
        case .other:
            break
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
            return (File(whole: isFolder.boolValue ? "folder" : exists ? "unreadable" : "missing"), nil)
        }
        return (fingerprint(data, isMarkdown: isMarkdown), keepsBytes ? data : nil)
    }

    static func fingerprint(_ data: Data, isMarkdown: Bool) -> File {
        data.withUnsafeBytes { bytes in
            var whole = Fingerprint()
            whole.add(bytes)
            var frontMatter: String?
            if isMarkdown, let end = frontMatterEnd(bytes) {
                var part = Fingerprint()
                part.add(UnsafeRawBufferPointer(rebasing: bytes[0..<end]))
                frontMatter = part.hex
            }
            return File(whole: whole.hex, frontMatter: frontMatter)
        }
    }

    /// The offset just past the line that closes the front matter, by the loader's rule (a line
    /// `---`, spaces, tabs and a carriage return around it allowed), or nil when there is none.
    static func frontMatterEnd(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var start = 0
        var lineNumber = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let isFence = isFenceLine(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            if lineNumber == 0 && !isFence { return nil }
            if lineNumber > 0 && isFence { return min(end + 1, bytes.count) }
            lineNumber += 1
            start = end + 1
        }
        return nil
    }

    static func isFenceLine(_ line: UnsafeRawBufferPointer) -> Bool {
        let isBlank: (UInt8) -> Bool = {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r")
        }
        let trimmed = line.drop(while: isBlank).reversed().drop(while: isBlank)
        return trimmed.count == 3 && trimmed.allSatisfy { $0 == UInt8(ascii: "-") }
    }
}

/// Lists a folder's entries recursively (`FolderEntries`); links are listed, never followed.
enum FolderWalk {
    typealias Kind = FolderEntries.Kind

    /// Every path under `root` (files, links and folders), relative, sorted. `previous` is the
    /// sorted list of the last build's paths, taken as the order when the paths are the same.
    static func entries(under root: String, previous: [String] = []) -> [(path: String, kind: Kind)] {
        list(under: root, previous: previous).entries
    }

    /// `entries(under:previous:)`, and whether they are `previous`'s paths in `previous`'s order.
    static func list(
        under root: String, previous: [String]
    ) -> (entries: [(path: String, kind: Kind)], isPreviousOrder: Bool) {
        var found: [(path: String, kind: Kind)] = []
        walk(root, prefix: "", into: &found)
        if previous.count == found.count {
            let kinds = Dictionary(found.map { ($0.path, $0.kind) }) { first, _ in first }
            if let order = PreviousOrder.reuse(previous, count: kinds.count, isKey: { kinds[$0] != nil }) {
                return (order.compactMap { path in kinds[path].map { (path, $0) } }, true)
            }
        }
        return (found.sorted { $0.path < $1.path }, false)
    }

    private static func walk(_ folder: String, prefix: String, into found: inout [(path: String, kind: Kind)]) {
        let entries = FolderEntries.list(folder)
        found += entries.map { (prefix + $0.name, $0.kind) }
        for entry in entries where entry.kind == .folder {
            walk(folder + "/" + entry.name, prefix: prefix + entry.name + "/", into: &found)
        }
    }
}
