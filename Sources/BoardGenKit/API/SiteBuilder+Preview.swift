import BoardGenCheck
import BoardGenDiagnostics
import BoardGenRender
import Foundation

/// What `SiteBuilder.renderPreview()` made: the site in memory, exactly the files `build` writes
/// (the same render stage, no second writer), with the build's diagnostics and the check's findings.
public struct PreviewBuild: Sendable {
    /// The build's diagnostics (what `boardgen build` prints), sorted.
    public var diagnostics: [Diagnostic]
    /// What `boardgen check` finds beyond the build's own diagnostics (empty when the build failed).
    public var findings: [Diagnostic]
    /// Every rendered file, by path relative to the site's root; empty when the build failed.
    public var files: [PreviewFile]
    /// True when an error prevents publishing.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// One rendered file of a preview.
public struct PreviewFile: Sendable, Hashable {
    /// Relative path with `/` separators (`board/print.html`).
    public var path: String
    /// The bytes `build` would write.
    public var contents: Data
}

extension SiteBuilder {
    /// Loads, renders and checks the site in memory: every page is judged by the publication
    /// check as it is rendered, so a preview gets the check's findings without a second rendering.
    public func renderPreview() -> PreviewBuild {
        let (session, failed) = load()
        guard let session else { return PreviewBuild(diagnostics: failed.diagnostics, findings: [], files: []) }
        let collector = FileCollector()
        let marks = session.publicationChecker.makeMarks()
        let result = render(session) { file in
            collector.add(file)
            marks.add(page: file.path, contents: file.contents)
        }
        guard !result.hasErrors else { return PreviewBuild(diagnostics: result.diagnostics, findings: [], files: []) }
        let checked = SiteChecker.judge(session, marks: marks, notices: result.notices, earlier: [])
        let known = Set(result.diagnostics.map(\.formatted))
        let findings = checked.diagnostics.filter { !known.contains($0.formatted) }
        let files = collector.sortedFiles.map { PreviewFile(path: $0.path, contents: $0.contents) }
        return PreviewBuild(diagnostics: result.diagnostics, findings: findings, files: files)
    }
}
