import BoardGenWrite
import Foundation

/// `boardgen init`: a small complete site to start from (Starter/ in the repository, embedded):
/// every file commented in Russian, example values marked `# пример` (BG130 until replaced).
public enum SiteStarter {
    /// What `create` did.
    public struct Outcome: Sendable {
        /// The files written, relative to the folder.
        public var written: [String]
        /// The files that already existed and were left as they were.
        public var kept: [String]
    }

    /// Why the site was not created.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The folder holds files already (and `intoNonEmpty` was not given).
        case folderNotEmpty(String)
        /// The path exists and is not a folder.
        case notAFolder(String)
        /// A file could not be written.
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .folderNotEmpty(let folder):
                "'\(folder)' is not empty; choose a new or empty folder, or pass --force to add only the files "
                    + "that are missing (existing files are never overwritten)"
            case .notAFolder(let path): "'\(path)' exists and is not a folder"
            case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
            }
        }
    }

    /// The starter's files: relative path → text.
    public static var files: [String: String] { StarterFiles.files }

    /// Writes the starter site into `folder` (made if missing). A non-empty folder is refused
    /// unless `intoNonEmpty`; even then an existing file is never overwritten, only kept.
    public static func create(in folder: URL, intoNonEmpty: Bool = false) throws(Failure) -> Outcome {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .notAFolder(folder.path) }
            let entries = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            if !entries.isEmpty && !intoNonEmpty { throw .folderNotEmpty(folder.path) }
        }
        do {
            let outcome = try NewFiles.write(files, into: folder)
            return Outcome(written: outcome.written, kept: outcome.kept)
        } catch {
            throw .cannotWrite(path: error.path, reason: error.reason)
        }
    }
}
