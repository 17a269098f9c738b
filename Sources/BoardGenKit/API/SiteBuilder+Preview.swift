import BoardGenCheck
import BoardGenDiagnostics
import BoardGenRender
import BoardGenSupport
import Foundation

/// What `SiteBuilder.renderPreview()` made: the site in memory, exactly the files `build` writes
/// (the same render stage, no second writer), with the build's diagnostics. The check's findings
/// come separately (`makeFindings()`), so that a preview can show the new pages before they are judged.
public struct PreviewBuild: Sendable {
    /// The build's diagnostics (what `boardgen build` prints), sorted.
    public var diagnostics: [Diagnostic]
    /// Every rendered file, by path relative to the site's root; empty when the build failed.
    public var files: [PreviewFile]
    /// True when an error prevents publishing.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// How many pages were taken from the build cache instead of rendered.
    public var reusedPageCount = 0
    /// The build cache's entries that were rendered because their inputs changed (sorted).
    package var renderedCacheEntries: [String] = []
    /// Judges the rendered pages (nil when the build failed); nil when cancelled.
    let judge: (@Sendable (_ isCancelled: @Sendable () -> Bool) -> [Diagnostic]?)?

    /// What `boardgen check` finds beyond the build's own diagnostics: every page is judged by the
    /// publication check (on all cores), then the site as a whole. Empty when the build failed.
    public func makeFindings() -> [Diagnostic] {
        judge?({ false }) ?? []
    }

    /// `makeFindings()`, given up (nil) as soon as `isCancelled` says so between two pages: a
    /// preview drops the check of a build that a newer one replaced.
    public func makeFindings(isCancelled: @escaping @Sendable () -> Bool) -> [Diagnostic]? {
        guard let judge else { return [] }
        return judge(isCancelled)
    }
}

/// One rendered file of a preview.
public struct PreviewFile: Sendable, Hashable {
    /// Relative path with `/` separators (`board/print.html`).
    public var path: String
    /// The bytes `build` would write.
    public var contents: Data
}

extension SiteBuilder {
    /// Loads and renders the site in memory. With a `cache` (kept in memory by `serve`), pages
    /// whose inputs did not change since the previous preview are taken from it, not rendered.
    public func renderPreview(cache: BuildCache? = nil) -> PreviewBuild {
        let inputs = cache.map { _ in SiteInputs.read(contentFolder) }
        let (session, failed) = load(memo: cache?.loads, readAhead: inputs?.readAhead)
        guard let session else { return PreviewBuild(diagnostics: failed.diagnostics, files: [], judge: nil) }
        let collector = FileCollector()
        var cached: CachedRun?
        if let cache, let inputs {
            cached = CachedRun(
                cache: cache, inputs: inputs, site: session.site, today: session.today.iso, collector: collector)
        }
        let result = render(session, cache: cached) { file in collector.add(file) }
        guard !result.hasErrors else { return PreviewBuild(diagnostics: result.diagnostics, files: [], judge: nil) }
        cached?.finish(renderDiagnostics: result.renderDiagnosticCount)
        let rendered = collector.sortedFiles
        let files = rendered.map { PreviewFile(path: $0.path, contents: $0.contents) }
        let (diagnostics, notices) = (result.diagnostics, result.notices)
        return PreviewBuild(
            diagnostics: diagnostics, files: files, reusedPageCount: result.reusedPageCount,
            renderedCacheEntries: result.renderedCacheEntries
        ) {
            isCancelled in
            let marks = session.publicationChecker.makeMarks(memo: cache?.pageMarks)
            rendered.parallelForEach { file in
                if !isCancelled() { marks.add(page: file.path, contents: file.contents) }
            }
            guard !isCancelled() else { return nil }
            cache?.pageMarks?.keep(only: Set(rendered.map(\.path)))
            let checked = SiteChecker.judge(session, marks: marks, notices: notices, earlier: [])
            let known = Set(diagnostics.map(\.formatted))
            return checked.diagnostics.filter { !known.contains($0.formatted) }
        }
    }
}
