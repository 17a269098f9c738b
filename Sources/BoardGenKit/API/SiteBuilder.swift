import BoardGenBoard
import BoardGenCheck
import BoardGenDiagnostics
import BoardGenLoad
import BoardGenModel
import BoardGenRender
import BoardGenSupport
import BoardGenWrite
import Foundation
import ScheduleModel

/// Runs the pipeline: load → check references → render → write.
public struct SiteBuilder: Sendable {
    /// What a build produced.
    public struct Result: Sendable {
        /// Every diagnostic of the run, sorted.
        public var diagnostics: [Diagnostic]
        /// The rendered files: all of them from `render()`; none from `build`, which streams them to disk.
        package var files: [OutputFile]
        /// How many files were rendered (and, by `build`, written).
        public var fileCount = 0
        /// The loaded site, if `site.yaml` was usable.
        package var site: Site?
        /// The board's notices in print order.
        package var notices: [NoticeView] = []
        /// The board's notice ids in print order.
        public var noticeIDs: [String] { notices.map(\.id) }
        /// True when an error prevents publishing.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
        /// How many diagnostics the rendering reported (beyond loading's).
        var renderDiagnosticCount = 0
        /// How many pages (with their files) were taken from the build cache instead of rendered.
        package var reusedPageCount = 0
        /// The build cache's entries (a regulation's file, `@` and a page's path) that were rendered
        /// because their inputs changed, sorted; empty without a cache.
        package var renderedCacheEntries: [String] = []
    }

    public let contentFolder: URL
    /// "Today" for next sessions and validity; the caller passes it so output is reproducible.
    public let today: LocalDate

    /// Makes a builder.
    public init(contentFolder: URL, today: LocalDate) {
        self.contentFolder = contentFolder
        self.today = today
    }

    /// Loads and renders the site without writing anything; every file is kept in `files`.
    public func render() -> Result {
        let (session, failed) = load()
        guard let session else { return failed }
        let collector = FileCollector()
        var result = render(session, emit: collector.add)
        result.files = collector.sortedFiles
        return result
    }

    /// Renders and, when there are no errors, writes the output folder atomically. Files go to the
    /// staging folder as they are rendered. With `report`, the publication check judges every page
    /// on the way and `report.html` is added to the site. With a `cache`, pages whose inputs did
    /// not change since the cached build are linked from the previous output instead of rendered
    /// (not with `report`, which judges every page's bytes).
    public func build(into outputFolder: URL, report: Bool = false, cache: BuildCache? = nil) -> Result {
        let writer = OutputWriter(outputFolder: outputFolder, contentFolder: contentFolder)
        do {
            try writer.validateTarget()
        } catch {
            return Result(diagnostics: [error.diagnostic], files: [], site: nil)
        }
        // Fingerprinted before loading: a file changed meanwhile is not matched by the next build.
        let cache = report ? nil : cache
        let cachedLoad = cache.map { CachedLoad(cache: $0, contentFolder: contentFolder, today: today.iso) }
        let (session, failed) = load(memo: cachedLoad?.memo, readAhead: cachedLoad?.inputs.readAhead)
        guard let session else { return failed }
        let staging: OutputStaging
        do {
            staging = try writer.begin(recyclingSpare: cache != nil)
        } catch {
            var result = render(session) { _ in }
            result.diagnostics.append(error.diagnostic)
            return result
        }
        let marks = report ? session.publicationChecker.makeMarks() : nil
        var cached: CachedRun?
        var store: BackgroundWork<CachedLoad.PreparedStore>?
        if let cache, let cachedLoad {
            cached = CachedRun(
                cache: cache, inputs: cachedLoad.inputs, site: session.site, today: session.today.iso, staging: staging)
            // What the next build takes needs only the load: worked out while the pages render.
            if cache.file != nil {
                store = BackgroundWork { cachedLoad.prepareStore(toolIdentity: cache.toolIdentity) }
            }
        }
        var result = render(session, cache: cached) { file in
            staging.add(file)
            marks?.add(page: file.path, contents: file.contents)
        }
        guard !result.hasErrors else {
            staging.discard()
            return result
        }
        if let marks {
            let file = makeReport(session, result: result, marks: marks)
            staging.add(file)
            result.fileCount += 1
        }
        // The cache file's bytes are worked out while the output is put in place, and written after it.
        let diagnosticCount = result.renderDiagnosticCount
        let entries = cached.map { run in BackgroundWork { run.encodedEntries(renderDiagnostics: diagnosticCount) } }
        do {
            try staging.commit()
            if let cached, let entries { cached.finish(entries: entries.value, load: store) }
        } catch {
            result.diagnostics.append(error.diagnostic)
        }
        BackgroundRelease.drop((consume cachedLoad, consume cached, consume staging, consume store, consume entries))
        return result
    }
}

extension SiteBuilder {
    /// A loaded site with its templates, ready to render.
    package struct Session: Sendable {
        let site: Site
        let templates: TemplateSet
        package let sink: DiagnosticSink
        /// `today` from site.yaml, else the builder's.
        let today: LocalDate

        var publicationChecker: PublicationChecker {
            PublicationChecker(site: site, templates: templates, views: ViewFactory(site: site, today: today))
        }
    }

    /// Loads the content and the templates; no session when that failed (the result says why).
    /// Files in `readAhead` are decoded from its bytes, not read again.
    package func load(memo: LoadMemo? = nil, readAhead: ReadAhead? = nil) -> (session: Session?, failed: Result) {
        let overrides = contentFolder.appendingPathComponent("templates")
        let hasOverrides = FileManager.default.fileExists(atPath: overrides.path)
        let templateSink = DiagnosticSink()
        // The templates do not depend on the content: they are parsed while the content loads.
        let (loaded, parsed) = Concurrently.run(
            { ContentLoader(contentFolder: contentFolder, memo: memo, readAhead: readAhead).load() },
            { TemplateSet.load(overridesIn: hasOverrides ? overrides : nil, sink: templateSink) })
        let sink = DiagnosticSink()
        sink.report(loaded.diagnostics)
        guard let site = loaded.site else { return (nil, Result(diagnostics: sink.bag.sorted, files: [], site: nil)) }
        // Template findings count only for a site that loaded, as when the templates were read after it.
        sink.report(templateSink.bag.all)
        guard let templates = parsed else {
            return (nil, Result(diagnostics: sink.bag.sorted, files: [], site: site))
        }
        let session = Session(site: site, templates: templates, sink: sink, today: site.settings.today ?? today)
        return (session, Result(diagnostics: [], files: [], site: site))
    }

    /// Renders the website and the board, handing each file to `emit` (from several threads);
    /// `judgedOnly` renders only what a check judges: no calendar feeds or assets, and no board
    /// index or print page (`PublishedMarks.place(of:)` leaves them out).
    package func render(_ session: Session, judgedOnly: Bool = false, emit: @Sendable (OutputFile) -> Void) -> Result {
        render(session, judgedOnly: judgedOnly, cache: nil, emit: emit)
    }

    /// `render`, with pages taken from the build cache where their inputs did not change.
    func render(
        _ session: Session, judgedOnly: Bool = false, cache: CachedRun?, emit: @Sendable (OutputFile) -> Void
    ) -> Result {
        let counter = FileCollector(isCountingOnly: true)
        let counted: @Sendable (OutputFile) -> Void = { file in
            counter.add(file)
            emit(file)
        }
        let loadDiagnostics = session.sink.bag.all.count
        let website = SiteRenderer(
            site: session.site, templates: session.templates, today: session.today, sink: session.sink)
        var board = BoardRenderer(
            site: session.site, templates: session.templates, today: session.today, sink: session.sink)
        // The keys of the board's pages (asked for only with a cache): each notice in the compact form,
        // fingerprinted. Foundation's JSON of a thousand notices, keys sorted, was most of a rebuild of the
        // site with directives.
        board.describeNotice = { notice in
            (try? CompactEncoder().encode(notice)).map { bytes in
                var fingerprint = Fingerprint()
                bytes.withUnsafeBytes { fingerprint.add($0) }
                return fingerprint.hex
            }
        }
        let notices = board.makeNotices()
        // The board after the website: its print page (every notice at once) is the largest
        // context of a build, and running it beside the regulation pages raised peak memory.
        let jobs = website.jobs(judgedOnly: judgedOnly) + board.jobs(notices, judgedOnly: judgedOnly)
        if let cache {
            cache.runAll(
                jobs, counted: counter.add(count:), emitPlain: counted, attachments: website.attachmentFiles)
        } else {
            jobs.runAll(emit: counted, attachments: website.attachmentFiles)
        }
        let bag = session.sink.bag
        var result = Result(diagnostics: bag.sorted, files: [], site: session.site)
        result.notices = notices
        result.fileCount = counter.count
        result.renderDiagnosticCount = bag.all.count - loadDiagnostics
        result.reusedPageCount = cache?.hitCount ?? 0
        result.renderedCacheEntries = cache?.renderedEntries ?? []
        return result
    }

    func makeReport(_ session: Session, result: Result, marks: PublishedMarks) -> OutputFile {
        let checked = SiteChecker.judge(session, marks: marks, notices: result.notices, earlier: result.diagnostics)
        let context = PageContext(site: session.site, labels: Labels.forLanguage(session.site.settings.language))
        return PublicationReport(result: checked, templates: session.templates, pages: context).makeFile()
    }
}
