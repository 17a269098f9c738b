import BoardGenSupport
import BoardGenWrite
import Foundation

/// Keeps `boardgen check` results between runs (`--cache DIR`): a site whose files, boardgen
/// binary and "today" are all unchanged gets its stored result instead of a fresh rendering. A CI
/// job checking 200 schools on every commit then renders only the schools that changed.
///
/// One entry per content folder (named after its path), holding the fingerprint it was made for;
/// any difference, or an unreadable entry, means a fresh check that replaces it.
public struct CheckCache: Sendable {
    /// The cache folder.
    public let folder: URL
    /// What identifies the boardgen build (the CLI hashes its own executable).
    public let toolIdentity: String

    fileprivate struct Entry: Codable {
        var fingerprint: String
        var result: SiteChecker.Result
    }

    /// Makes a cache in `folder` (created when first written).
    public init(folder: URL, toolIdentity: String) {
        self.folder = folder
        self.toolIdentity = toolIdentity
    }

    /// The stored result when the site is unchanged, else a fresh check, stored for next time.
    /// Failing to read or write the cache never fails the check; it only costs the speed-up.
    public func result(for checker: SiteChecker) -> SiteChecker.Result {
        let fingerprint = makeFingerprint(checker)
        let file = entryFile(for: checker.contentFolder)
        if let data = try? Data(contentsOf: file), let entry = try? JSONDecoder().decode(Entry.self, from: data),
            entry.fingerprint == fingerprint
        {
            return entry.result
        }
        let result = checker.check()
        store(Entry(fingerprint: fingerprint, result: result), at: file)
        return result
    }
}

private extension CheckCache {
    func entryFile(for content: URL) -> URL {
        var name = Fingerprint()
        name.add(content.standardizedFileURL.path)
        return folder.appendingPathComponent("check-\(name.hex).json")
    }

    /// Everything a check's result depends on: boardgen itself, "today" and every file of the
    /// site (path, kind and bytes; a link by its target; an unreadable file as such).
    func makeFingerprint(_ checker: SiteChecker) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add("boardgen-check-cache 1\n\(toolIdentity)\n\(checker.today.iso)\n")
        let root = checker.contentFolder.standardizedFileURL.resolvingSymlinksInPath().path
        for path in Self.entries(under: root) {
            let full = root + "/" + path
            fingerprint.add(path)
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
                // Whether it resolves matters too: a dangling link and a link out of the folder are reported differently.
                fingerprint.add("link \(target) \(FileManager.default.fileExists(atPath: full))")
            } else if let data = FileManager.default.contents(atPath: full) {
                data.withUnsafeBytes { fingerprint.add($0) }
            } else {
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
                fingerprint.add(isFolder.boolValue ? "folder" : exists ? "unreadable" : "missing")
            }
        }
        return fingerprint.hex
    }

    /// Every path under the root, sorted; links are listed, not followed.
    static func entries(under root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        return enumerator.compactMap { $0 as? String }.sorted()
    }

    func store(_ entry: Entry, at file: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(entry) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Replaced atomically: a concurrent check reads the old or the new entry.
        FileBytes.replace(data, atPath: file.path)
    }
}
