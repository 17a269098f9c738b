import BoardGenDiagnostics
import Foundation

/// Writes a new folder (`boardgen import`'s draft) all at once: the files go into a hidden staging
/// folder next to the target, which is renamed into place only when every file is written, so the
/// target is never left half-written. The target must not exist or be empty.
package struct DraftFolderWriter: Sendable {
    /// The folder to create.
    package var target: URL

    /// Makes a writer for `target`.
    package init(target: URL) {
        self.target = target
    }

    /// The diagnostic (BG906) when the target already holds files, else nil.
    package func refusal() -> Diagnostic? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) else { return nil }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? ["?"]
        guard !isFolder.boolValue || !contents.isEmpty else { return nil }
        let what = isFolder.boolValue ? "is not empty (\(contents.count) entries)" : "is a file"
        return Diagnostic(
            .importTargetNotEmpty,
            "'\(target.path)' \(what); import drafts into a new or empty folder: choose another --into",
            at: SourceLocation(file: target.path))
    }

    /// Writes `files` (relative path → text); returns a BG702 diagnostic when the disk refuses.
    package func write(_ files: [String: String]) -> Diagnostic? {
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(
            ".\(target.lastPathComponent).import-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                guard OutputWriter.isSafeRelativePath(path) else { continue }
                let file = staging.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileBytes.write(Data(text.utf8), toPath: file.path)
            }
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.moveItem(at: staging, to: target)
            return nil
        } catch {
            try? FileManager.default.removeItem(at: staging)
            return Diagnostic(
                .outputNotWritable, "the draft could not be written (\(error)); nothing was left in '\(target.path)'",
                at: SourceLocation(file: target.path))
        }
    }
}
