import BoardGenDiagnostics
import BoardGenSupport
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads files from the content folder, refusing anything that would leave it:
/// symlinks pointing outside, unreadable files, oversized or non-UTF-8 text.
struct ContentFolder: Sendable {
    /// The absolute, symlink-resolved content root.
    let root: URL
    /// `root.path`, kept: the hot paths join text, not URLs.
    let rootPath: String
    package let sink: DiagnosticSink
    /// Files already read (by the build cache's fingerprints), or nil.
    let readAhead: ReadAhead?
    /// Folders already resolved (following links) and found inside the root.
    private let resolvedFolders = ResolvedFolders()

    init(root: URL, sink: DiagnosticSink, readAhead: ReadAhead? = nil) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.rootPath = self.root.path
        self.sink = sink
        self.readAhead = readAhead
    }

    /// True when the file exists (a symlink counts as existing).
    func exists(_ relativePath: String) -> Bool {
        let path = root.appendingPathComponent(relativePath).path
        return (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }

    /// The files of a subfolder with the given extension, sorted by name for determinism.
    /// A subfolder that is a file or a link out of the content folder is reported, and so is a
    /// file whose extension differs only in case (it would otherwise be skipped silently).
    func files(in folder: String, withExtension ext: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        let here = SourceLocation(file: folder)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return [] }
        if attributes[.type] as? FileAttributeType == .typeSymbolicLink, !isInsideRoot(url, path: folder) { return [] }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            sink.report(
                .unreadableFile,
                "'\(folder)' must be a folder of .\(ext) files, but it is a file; create the folder and move the regulation into it as a .\(ext) file",
                at: here)
            return []
        }
        let paths = listedPaths(in: folder, isLink: attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        let dotted = ".\(ext)"
        for path in paths where !path.hasSuffix(dotted) && path.lowercased().hasSuffix(dotted) {
            let name = String(path.dropFirst(folder.count + 1))
            let suffix = String(name.suffix(ext.count + 1))
            sink.report(
                .unusableFileName,
                "file name '\(name)' ends in '\(suffix)', so it would be ignored; rename it to '\(name.dropLast(ext.count + 1)).\(ext)'",
                at: SourceLocation(file: path))
        }
        return paths.filter { $0.hasSuffix(dotted) }
    }

    /// Reads and decodes one file, reporting why it cannot be used.
    func read(_ relativePath: String) -> SourceText? {
        guard isPlainFileInCheckedFolder(relativePath) else {
            return readChecked(relativePath, url: root.appendingPathComponent(relativePath))
        }
        let bytes = readAhead?.take(relativePath)
        return decode(relativePath, fullPath: rootPath + "/" + relativePath, readAhead: bytes)
    }
}

private extension ContentFolder {
    /// The paths (`folder/name`) of a subfolder's entries without hidden ones, sorted: from the
    /// listing read ahead when there is one (a link to a folder is not listed there, so it is read
    /// here), else by readdir (FileManager's listing was a third of loading 10,000 kept regulations).
    func listedPaths(in folder: String, isLink: Bool) -> [String] {
        if !isLink, let listed = readAhead?.paths(directlyIn: folder) { return listed }
        let names = FolderEntries.list(root.appendingPathComponent(folder).path).map(\.name)
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }

    /// The careful path: links, folders and links out of the content folder are reported.
    func readChecked(_ relativePath: String, url: URL) -> SourceText? {
        let start = SourceLocation(file: relativePath)
        if let problem = linkProblem(url, path: relativePath) {
            sink.report(.unreadableFile, problem, at: start)
            return nil
        }
        guard isInsideRoot(url, path: relativePath) else { return nil }
        if let problem = folderProblem(url, path: relativePath) {
            sink.report(.unreadableFile, problem, at: start)
            return nil
        }
        return decode(relativePath, fullPath: url.path)
    }

    /// Reads the bytes (unless they were read ahead) and decodes them as UTF-8 text.
    func decode(_ relativePath: String, fullPath: String, readAhead: Data? = nil) -> SourceText? {
        let start = SourceLocation(file: relativePath)
        guard let data = readAhead ?? FileManager.default.contents(atPath: fullPath) else {
            sink.report(.unreadableFile, readFailure(path: fullPath), at: start)
            return nil
        }
        switch SourceText.decode(data, path: relativePath) {
        case .success(let text):
            guard !text.text.allSatisfy({ $0.isWhitespace }) else {
                let advice =
                    relativePath == "site.yaml"
                    ? "site.yaml is required: add at least school.short_name, system.name and url (see docs/content.md)"
                    : "add its content or delete the file"
                sink.report(.emptyFile, "file is empty; \(advice)", at: start)
                return nil
            }
            return text
        case .failure(let diagnostic):
            sink.report(diagnostic)
            return nil
        }
    }

    /// A regular file (not a link) in the root or in a folder that resolves inside it: nothing
    /// can lead out of the content folder, so the link checks are skipped. Regulations are read
    /// by the thousand from one folder, which is resolved once.
    /// Works on the path's text, not on `URL`s: building and taking apart URLs took a twelfth of loading 10,000
    /// regulations. A path with `.`, `..` or empty parts is never plain; it takes the careful path.
    func isPlainFileInCheckedFolder(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return false }
        var status = stat()
        guard lstat(rootPath + "/" + relativePath, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return false
        }
        let folder = parts.count == 1 ? rootPath : rootPath + "/" + parts.dropLast().joined(separator: "/")
        return resolvedFolders.isInside(folder, root: rootPath)
    }

    /// A dangling or looping symbolic link.
    func linkProblem(_ url: URL, path: String) -> String? {
        let manager = FileManager.default
        if let destination = try? manager.destinationOfSymbolicLink(atPath: url.path) {
            if destination == url.lastPathComponent || destination == url.path {
                return "'\(path)' is a symbolic link that points back to itself; replace it with the file"
            }
            if !manager.fileExists(atPath: url.path) {
                let isLoop =
                    (try? manager.destinationOfSymbolicLink(
                        atPath: url.deletingLastPathComponent().appendingPathComponent(destination).path)) != nil
                return isLoop
                    ? "'\(path)' is a symbolic link that points back to itself; replace it with the file"
                    : "'\(path)' is a symbolic link to '\(destination)', which does not exist; fix the link or delete it"
            }
        }
        return nil
    }

    /// A folder where a file is expected.
    func folderProblem(_ url: URL, path: String) -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            return "'\(path)' is a folder, not a file; rename it so that its name does not end in .\(url.pathExtension)"
        }
        return nil
    }

    func isInsideRoot(_ url: URL, path: String) -> Bool {
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        if resolved == root.path || resolved.hasPrefix(root.path + "/") { return true }
        let noun = url.pathExtension.isEmpty ? "files" : "file"
        sink.report(
            .linkOutsideContent,
            "'\(path)' is a symbolic link to '\(resolved)', outside the content folder; copy the \(noun) into the content folder instead",
            at: SourceLocation(file: path))
        return false
    }

    func readFailure(path: String) -> String {
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) { return "file disappeared while reading" }
        if !manager.isReadableFile(atPath: path) {
            return "permission denied: the file cannot be read; fix its permissions (chmod a+r)"
        }
        return "file could not be read"
    }
}

/// Folders of the content folder whose real location (links followed) was found inside the root.
/// `@unchecked Sendable`: its set is read and written under the class's own lock.
private final class ResolvedFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var inside: [String: Bool] = [:]

    func isInside(_ folder: String, root: String) -> Bool {
        lock.lock()
        let known = inside[folder]
        lock.unlock()
        if let known { return known }
        let resolved = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let answer = resolved == root || resolved.hasPrefix(root + "/")
        lock.lock()
        inside[folder] = answer
        lock.unlock()
        return answer
    }
}
