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
    /// on the way and `report.html` is added to the site.
    public func build(into outputFolder: URL, report: Bool = false) -> Result {
        let writer = OutputWriter(outputFolder: outputFolder, contentFolder: contentFolder)
        do {
            try writer.validateTarget()
        } catch {
            return Result(diagnostics: [error.diagnostic], files: [], site: nil)
        }
        let (session, failed) = load()
        guard let session else { return failed }
        let staging: OutputStaging
        do {
            staging = try writer.begin()
        } catch {
            var result = render(session) { _ in }
            result.diagnostics.append(error.diagnostic)
            return result
        }
        let marks = report ? session.publicationChecker.makeMarks() : nil
        var result = render(session) { file in
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
        do {
            try staging.commit()
        } catch {
            result.diagnostics.append(error.diagnostic)
        }
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
    package func load() -> (session: Session?, failed: Result) {
        let loaded = ContentLoader(contentFolder: contentFolder).load()
        let sink = DiagnosticSink()
        sink.report(loaded.diagnostics)
        guard let site = loaded.site else { return (nil, Result(diagnostics: sink.bag.sorted, files: [], site: nil)) }
        let overrides = contentFolder.appendingPathComponent("templates")
        let hasOverrides = FileManager.default.fileExists(atPath: overrides.path)
        guard let templates = TemplateSet.load(overridesIn: hasOverrides ? overrides : nil, sink: sink) else {
            return (nil, Result(diagnostics: sink.bag.sorted, files: [], site: site))
        }
        let session = Session(site: site, templates: templates, sink: sink, today: site.settings.today ?? today)
        return (session, Result(diagnostics: [], files: [], site: site))
    }

    /// Renders the website and the board, handing each file to `emit` (from several threads);
    /// `judgedOnly` renders only what a check judges: no calendar feeds or assets, and no board
    /// index or print page (`PublishedMarks.place(of:)` leaves them out).
    package func render(_ session: Session, judgedOnly: Bool = false, emit: @Sendable (OutputFile) -> Void) -> Result {
        let counter = FileCollector(isCountingOnly: true)
        let counted: @Sendable (OutputFile) -> Void = { file in
            counter.add(file)
            emit(file)
        }
        let website = SiteRenderer(
            site: session.site, templates: session.templates, today: session.today, sink: session.sink)
        let board = BoardRenderer(
            site: session.site, templates: session.templates, today: session.today, sink: session.sink)
        let notices = board.makeNotices()
        // The board after the website: its print page (every notice at once) is the largest
        // context of a build, and running it beside the regulation pages raised peak memory.
        (website.jobs(judgedOnly: judgedOnly) + board.jobs(notices, judgedOnly: judgedOnly)).runAll(emit: counted)
        var result = Result(diagnostics: session.sink.bag.sorted, files: [], site: session.site)
        result.notices = notices
        result.fileCount = counter.count
        return result
    }

    func makeReport(_ session: Session, result: Result, marks: PublishedMarks) -> OutputFile {
        let checked = SiteChecker.judge(session, marks: marks, notices: result.notices, earlier: result.diagnostics)
        let context = PageContext(site: session.site, labels: Labels.forLanguage(session.site.settings.language))
        return PublicationReport(result: checked, templates: session.templates, pages: context).makeFile()
    }
}
