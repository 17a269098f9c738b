import Foundation

/// What one rebuild did, for the terminal: `line` is the one line printed per rebuild.
public struct RebuildReport: Sendable {
    /// How the build ended.
    public enum Outcome: Sendable, Equatable {
        /// Built; `changed` false when the output is byte-identical to what was served.
        case built(files: Int, changed: Bool)
        /// Errors: the last good pages stay.
        case failed
        /// The content folder is gone or cannot be read: the last good pages stay.
        case folderUnavailable
    }

    /// When the build finished (local time, HH:mm:ss).
    public var time: String
    /// How long the build took until the new pages were served.
    public var duration: Duration
    /// How long `check` then took to judge them (nil when the build failed).
    public var checkDuration: Duration?
    public var outcome: Outcome
    /// The paths (relative to the content folder) whose change started the build; empty for the first.
    public var changed: [String]
    /// The build's diagnostics as printed (`path:line:column: error: [CODE] message`).
    public var diagnostics: [String]
    /// The check's findings, as printed.
    public var findings: [String]
    /// True when `diagnostics` or `findings` differ from the previous build's.
    public var isNewsworthy: Bool

    /// The one line for the terminal.
    public var line: String {
        let milliseconds = Self.milliseconds(duration)
        let errors = diagnostics.filter { $0.contains(": error: ") }.count
        let warnings = diagnostics.count - errors
        let counts =
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), "
            + "\(findings.count) check finding\(findings.count == 1 ? "" : "s")"
        let cause = changed.isEmpty ? "" : " after a change of " + Self.shortList(changed)
        switch outcome {
        case .built(let files, let changed):
            let what = changed ? "rebuilt" : "rebuilt (no change)"
            let check = checkDuration.map { ", checked in \(Self.milliseconds($0)) ms" } ?? ""
            return "\(time) \(what) \(files) files in \(milliseconds) ms\(check)\(cause) (\(counts))"
        case .failed:
            return "\(time) build failed in \(milliseconds) ms\(cause) (\(counts)); serving the last good pages"
        case .folderUnavailable:
            return "\(time) \(diagnostics.first ?? "the content folder cannot be read"); serving the last good pages"
        }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    static func shortList(_ paths: [String]) -> String {
        var unique: [String] = []
        for path in paths where !unique.contains(path) { unique.append(path.isEmpty ? "the content folder" : path) }
        return unique.count <= 3 ? unique.joined(separator: ", ") : unique.prefix(3).joined(separator: ", ") + ", …"
    }
}
