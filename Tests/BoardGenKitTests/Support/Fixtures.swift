import Foundation
import ScheduleModel

@testable import BoardGenBoard
@testable import BoardGenCheck
@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenLoad
@testable import BoardGenMarkdown
@testable import BoardGenModel
@testable import BoardGenRender
@testable import BoardGenSupport
@testable import BoardGenWrite

/// Paths and helpers shared by the fixture-based tests.
enum Fixtures {
    /// Tests/BoardGenKitTests/Fixtures.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    /// The repository root.
    static let repository = root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// A minimal valid site every bad-input case starts from.
    static let baseSite = root.appendingPathComponent("base-site")
    /// The fixed "today" of every fixture build.
    static let today = LocalDate(iso: "2026-11-22")!
    /// Set to re-record golden files; review the diff before committing.
    static let isRecording = ProcessInfo.processInfo.environment["BOARDGEN_RECORD"] == "1"

    /// A fresh temporary folder.
    static func makeTemporaryFolder(_ name: String = "boardgen") -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the repository's content folder as `folder/content`, to edit and build.
    static func copyOfContent(in folder: URL) throws -> URL {
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: repository.appendingPathComponent("content"), to: content)
        return content
    }

    /// Copies a folder recursively into `destination`, replacing files that exist.
    static func overlay(_ source: URL, onto destination: URL, skipping skipped: Set<String> = []) throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: source, includingPropertiesForKeys: [.isDirectoryKey]) else {
            return
        }
        for case let url as URL in enumerator {
            let relative = String(url.path.dropFirst(source.path.count + 1))
            guard !skipped.contains(relative) else { continue }
            let target = destination.appendingPathComponent(relative)
            if (try url.resourceValues(forKeys: [.isDirectoryKey])).isDirectory == true {
                try manager.createDirectory(at: target, withIntermediateDirectories: true)
            } else {
                try? manager.removeItem(at: target)
                try manager.copyItem(at: url, to: target)
            }
        }
    }

    /// Every file below a folder as relative path → bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return [:]
        }
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            if let data = try? Data(contentsOf: url) { files[String(url.path.dropFirst(folder.path.count + 1))] = data }
        }
        return files
    }

    /// Hard links to every file of a folder (the very files: a write into one of them shows in the copy).
    static func linkTree(_ source: URL, to destination: URL) throws {
        let paths = FileManager.default.enumerator(atPath: source.path)?.compactMap { $0 as? String } ?? []
        for path in paths {
            let from = source.appendingPathComponent(path), to = destination.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: from.path, isDirectory: &isFolder)
            if isFolder.boolValue {
                try FileManager.default.createDirectory(at: to, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(
                    at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.linkItem(at: from, to: to)
            }
        }
    }

    /// The diagnostics in the printed form, paths relative to the content folder.
    static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(\.formatted).joined(separator: "\n")
    }
}
