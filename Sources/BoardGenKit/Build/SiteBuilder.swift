import Foundation
import ScheduleModel

/// Runs the pipeline: load → check references → render → write.
public struct SiteBuilder: Sendable {
    /// What a build produced.
    public struct Result: Sendable {
        /// Every diagnostic of the run, sorted.
        public var diagnostics: [Diagnostic]
        /// The rendered files (empty when loading failed).
        public var files: [OutputFile]
        /// The loaded site, if `site.yaml` was usable.
        public var site: Site?
        /// The board's notices in print order.
        public var notices: [NoticeView] = []
        /// The board's notice ids in print order.
        public var noticeIDs: [String] { notices.map(\.id) }
        /// The templates the site was rendered with (for locating template-caused findings).
        var templates: TemplateSet?
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

    func makeReport(site: Site, result: Result, templates: TemplateSet) -> OutputFile {
        let pages = Dictionary(result.files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        let checked = SiteChecker.judge(site: site, pages: pages, notices: result.notices, templates: templates,
                                        today: site.settings.today ?? today, earlier: result.diagnostics)
        let context = PageContext(site: site, labels: Labels.forLanguage(site.settings.language))
        return PublicationReport(result: checked, templates: templates, pages: context).makeFile()
    }

    /// Loads and renders the site without writing anything.
    public func render() -> Result {
        let loaded = ContentLoader(contentFolder: contentFolder).load()
        let sink = DiagnosticSink()
        sink.report(loaded.diagnostics)
        guard let site = loaded.site else { return Result(diagnostics: sink.bag.sorted, files: [], site: nil) }
        let overrides = contentFolder.appendingPathComponent("templates")
        let hasOverrides = FileManager.default.fileExists(atPath: overrides.path)
        guard let templates = TemplateSet.load(overridesIn: hasOverrides ? overrides : nil, sink: sink) else {
            return Result(diagnostics: sink.bag.sorted, files: [], site: site)
        }
        let effectiveToday = site.settings.today ?? today
        var files = SiteRenderer(site: site, templates: templates, today: effectiveToday, sink: sink).renderAll()
        let board = BoardRenderer(site: site, templates: templates, today: effectiveToday, sink: sink)
        let notices = board.makeNotices()
        files += board.renderAll(notices)
        var result = Result(diagnostics: sink.bag.sorted, files: files.sorted { $0.path < $1.path }, site: site)
        result.notices = notices
        result.templates = templates
        return result
    }

    /// Renders and, when there are no errors, writes the output folder atomically. With `report`,
    /// the publication check runs on the rendered pages and `report.html` is added to the site.
    public func build(into outputFolder: URL, report: Bool = false) -> Result {
        let writer = OutputWriter(outputFolder: outputFolder, contentFolder: contentFolder)
        do {
            try writer.validateTarget()
        } catch {
            return Result(diagnostics: [error.diagnostic], files: [], site: nil)
        }
        var result = render()
        guard !result.hasErrors else { return result }
        if report, let site = result.site, let templates = result.templates {
            result.files.append(makeReport(site: site, result: result, templates: templates))
        }
        do {
            try writer.write(result.files)
        } catch {
            result.diagnostics.append(error.diagnostic)
        }
        return result
    }
}
