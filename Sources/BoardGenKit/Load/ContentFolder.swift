import Foundation

/// Reads files from the content folder, refusing anything that would leave it:
/// symlinks pointing outside, unreadable files, oversized or non-UTF-8 text.
struct ContentFolder {
    /// The absolute, symlink-resolved content root.
    let root: URL
    let sink: DiagnosticSink

    init(root: URL, sink: DiagnosticSink) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.sink = sink
    }

    /// True when the file exists (a symlink counts as existing).
    func exists(_ relativePath: String) -> Bool {
        let path = root.appendingPathComponent(relativePath).path
        return (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }

    /// The files of a subfolder with the given extension, sorted by name for determinism.
    func files(in folder: String, withExtension ext: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        return names.filter { $0.hasSuffix(".\(ext)") && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    /// Reads and decodes one file, reporting why it cannot be used.
    func read(_ relativePath: String) -> SourceText? {
        let url = root.appendingPathComponent(relativePath)
        let start = SourceLocation(file: relativePath)
        guard isInsideRoot(url, path: relativePath) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            sink.error("BG100", readFailure(url: url), at: start)
            return nil
        }
        switch SourceText.decode(data, path: relativePath) {
        case .success(let text):
            guard !text.text.allSatisfy({ $0.isWhitespace }) else {
                sink.error("BG111", "file is empty; add its content or delete the file", at: start)
                return nil
            }
            return text
        case .failure(let diagnostic):
            sink.report(diagnostic)
            return nil
        }
    }
}

private extension ContentFolder {
    func isInsideRoot(_ url: URL, path: String) -> Bool {
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        if resolved == root.path || resolved.hasPrefix(root.path + "/") { return true }
        sink.error("BG113", "'\(path)' is a symbolic link to '\(resolved)', outside the content folder; copy the file into the content folder instead", at: SourceLocation(file: path))
        return false
    }

    func readFailure(url: URL) -> String {
        let manager = FileManager.default
        if !manager.fileExists(atPath: url.path) { return "file disappeared while reading" }
        if !manager.isReadableFile(atPath: url.path) {
            return "permission denied: the file cannot be read; fix its permissions (chmod a+r)"
        }
        return "file could not be read"
    }
}
