import BoardGenSupport
import Foundation

/// The board pages of an earlier build, for `boardgen board --since`: either an earlier
/// output folder, or the content folder at a git revision, rebuilt in a temporary folder.
package enum PreviousBuild {
    /// Why the earlier build could not be read.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// The earlier notice pages (`board/<id>.html` → text).
    package static func boardPages(
        since reference: String, contentFolder: URL, builder: (URL) -> SiteBuilder.Result
    ) throws(Failure) -> [String: String] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: reference, isDirectory: &isFolder), isFolder.boolValue {
            return boardPages(inOutput: URL(fileURLWithPath: reference))
        }
        let checkout = try contentAtRevision(reference, contentFolder: contentFolder)
        defer { try? FileManager.default.removeItem(at: checkout.deletingLastPathComponent()) }
        let result = builder(checkout)
        var pages: [String: String] = [:]
        for file in result.files where file.path.hasPrefix("board/") { pages[file.path] = file.text }
        return pages
    }
}

extension PreviousBuild {
    /// The notice pages of a written output folder (`board/<id>.html` → text).
    package static func boardPages(inOutput output: URL) -> [String: String] {
        let board = output.appendingPathComponent("board")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: board.path)) ?? []
        var pages: [String: String] = [:]
        for name in names where name.hasSuffix(".html") {
            if let data = FileManager.default.contents(atPath: board.appendingPathComponent(name).path) {
                pages["board/\(name)"] = String(decoding: data, as: UTF8.self)
            }
        }
        return pages
    }
}

private extension PreviousBuild {
    /// `git archive REV -- <content>` unpacked into a temporary folder.
    static func contentAtRevision(_ revision: String, contentFolder: URL) throws(Failure) -> URL {
        let folder = contentFolder.standardizedFileURL
        let top = try git(["rev-parse", "--show-toplevel"], in: folder).trimmingCharacters(in: .whitespacesAndNewlines)
        let relative = String(
            folder.resolvingSymlinksInPath().path.dropFirst(
                URL(fileURLWithPath: top).resolvingSymlinksInPath().path.count)
        )
        .trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
            "boardgen-since-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let archive = temporary.appendingPathComponent("content.tar")
        _ = try git(
            ["archive", "--output", archive.path, revision, "--", relative.isEmpty ? "." : relative],
            in: URL(fileURLWithPath: top))
        _ = try run("/usr/bin/env", ["tar", "-xf", archive.path, "-C", temporary.path], in: temporary)
        return relative.isEmpty ? temporary : temporary.appendingPathComponent(relative)
    }

    static func git(_ arguments: [String], in folder: URL) throws(Failure) -> String {
        try run("/usr/bin/env", ["git"] + arguments, in: folder)
    }

    static func run(_ executable: String, _ arguments: [String], in folder: URL) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do { try process.run() } catch {
            throw Failure(description: "cannot run \(arguments.first ?? executable): \(error)")
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description:
                    "'\(arguments.joined(separator: " "))' failed: \(text.trimmingCharacters(in: .whitespacesAndNewlines))"
            )
        }
        return text
    }
}
