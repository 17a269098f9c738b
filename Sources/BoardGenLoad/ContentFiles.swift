import BoardGenDiagnostics
import Foundation

/// Files of the content folder that are published as they are: the documents and pictures a
/// regulation links to. They are looked up and read through `ContentFolder` with the loader's
/// rules: a path never leaves the content folder (`..` past its root, or a symbolic link out of
/// it, is refused), only regular files are read, and a file has a size limit.
package struct ContentFiles: Sendable {
    /// Why a linked file cannot be published.
    package enum Problem: Error, Sendable, Equatable {
        /// Nothing at that path.
        case missing
        /// A symbolic link to something that does not exist.
        case danglingLink(destination: String)
        /// The path leaves the content folder: `..` past its root, or a link to `resolved`.
        case outside(resolved: String)
        /// A folder, not a file.
        case folder
        /// A device, a pipe or a socket.
        case notAFile
        /// Larger than `maximumBytes`.
        case tooLarge(bytes: Int)
        /// The file exists but cannot be read (permissions).
        case unreadable
    }

    /// The largest file published with the site: 25 MiB.
    package static let maximumBytes = 25 * 1024 * 1024

    let folder: ContentFolder

    /// The files of the content folder at `contentRoot` (an absolute path, as `Site.contentRoot`).
    package init(contentRoot: String) {
        folder = ContentFolder(root: URL(fileURLWithPath: contentRoot), sink: DiagnosticSink())
    }

    /// The path relative to the content folder of `target` (a relative path with `/`, already
    /// percent-decoded) as seen from the content file `source` (`regulations/help.md`): the
    /// `.` and `..` steps are taken, and a path that climbs above the root is refused.
    package static func resolve(_ target: String, from source: String) -> Result<String, Problem> {
        var components = source.split(separator: "/").dropLast().map(String.init)
        for component in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard components.popLast() != nil else { return .failure(.outside(resolved: target)) }
            default: components.append(String(component))
            }
        }
        return components.isEmpty ? .failure(.folder) : .success(components.joined(separator: "/"))
    }

    /// The size in bytes of the file at `path` (relative to the content folder, as `resolve`
    /// returns it), or why it cannot be published.
    package func size(of path: String) -> Result<Int, Problem> {
        folder.attachment(path).map(\.size)
    }

    /// The bytes of the file at `path`, checked again as `size(of:)` checks it.
    package func contents(of path: String) -> Result<Data, Problem> {
        folder.attachment(path).flatMap { file in
            guard let data = try? Data(contentsOf: file.url), data.count <= Self.maximumBytes else {
                return .failure(.unreadable)
            }
            return .success(data)
        }
    }
}

extension ContentFiles {
    /// The names of the visible files beside `path`, for a "did you mean" when it is missing;
    /// empty when its folder does not exist or lies outside the content folder.
    package func siblings(of path: String) -> [String] {
        let parent = folder.root.appendingPathComponent(path).deletingLastPathComponent()
        let resolved = parent.standardizedFileURL.resolvingSymlinksInPath().path
        guard resolved == folder.root.path || resolved.hasPrefix(folder.root.path + "/") else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: resolved)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }
}

extension ContentFolder {
    /// A file to publish as it is: its real location (links followed) and size.
    func attachment(_ relativePath: String) -> Result<(url: URL, size: Int), ContentFiles.Problem> {
        let url = root.appendingPathComponent(relativePath)
        let manager = FileManager.default
        guard let attributes = try? manager.attributesOfItem(atPath: url.path) else { return .failure(.missing) }
        if attributes[.type] as? FileAttributeType == .typeSymbolicLink, !manager.fileExists(atPath: url.path) {
            let destination = (try? manager.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
            return .failure(.danglingLink(destination: destination))
        }
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath()
        guard resolved.path == root.path || resolved.path.hasPrefix(root.path + "/") else {
            return .failure(.outside(resolved: resolved.path))
        }
        guard let real = try? manager.attributesOfItem(atPath: resolved.path) else { return .failure(.missing) }
        switch real[.type] as? FileAttributeType {
        case .typeRegular?: break
        case .typeDirectory?: return .failure(.folder)
        default: return .failure(.notAFile)
        }
        let size = (real[.size] as? NSNumber)?.intValue ?? 0
        guard size <= ContentFiles.maximumBytes else { return .failure(.tooLarge(bytes: size)) }
        guard manager.isReadableFile(atPath: resolved.path) else { return .failure(.unreadable) }
        return .success((resolved, size))
    }
}
