import Foundation
import ScheduleModel

/// `boardgen check`: renders the site (or reads an existing output folder) and judges what was
/// actually published against the policy, plus the content-quality rules.
public struct SiteChecker: Sendable {
    /// Everything a check found.
    public struct Result: Sendable {
        /// Load, render, publication and content findings, sorted.
        public var diagnostics: [Diagnostic]
        /// One row per required item and place, for the report.
        public var rows: [PublicationRow]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
        public var hasWarnings: Bool { diagnostics.contains { $0.severity == .warning } }
    }

    public let contentFolder: URL
    public let today: LocalDate

    /// Makes a checker.
    public init(contentFolder: URL, today: LocalDate) {
        self.contentFolder = contentFolder
        self.today = today
    }

    /// Checks a fresh rendering, or the pages already in `output` when given.
    public func check(existingOutput output: URL? = nil) -> Result {
        let build = SiteBuilder(contentFolder: contentFolder, today: today).render()
        guard let site = build.site, let templates = build.templates else {
            return Result(diagnostics: build.diagnostics, rows: [])
        }
        let pages = output.map(Self.readPages) ?? Dictionary(build.files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        return Self.judge(site: site, pages: pages, notices: build.notices, templates: templates,
                          today: site.settings.today ?? today, earlier: build.diagnostics)
    }
}

extension SiteChecker {
    /// How many pages the publication report lists per item and place (a contact on 10,000
    /// regulation pages is "published"; listing every page would help nobody).
    static let pagesListed = 20

    /// The required items of a site, for tests that remove each one and expect the check to fail.
    func requirements() -> [Requirement] {
        let build = SiteBuilder(contentFolder: contentFolder, today: today).render()
        guard let site = build.site, let templates = build.templates else { return [] }
        let views = ViewFactory(site: site, today: today)
        return PublicationChecker(site: site, marks: PublishedMarks(pages: [:]), notices: build.notices, templates: templates, views: views).requirements()
    }

    static func judge(site: Site, pages: [String: String], notices: [NoticeView], templates: TemplateSet,
                      today: LocalDate, earlier: [Diagnostic]) -> Result {
        let views = ViewFactory(site: site, today: today)
        let marks = PublishedMarks(pages: pages)
        let publication = PublicationChecker(site: site, marks: marks, notices: notices, templates: templates, views: views)
        var bag = DiagnosticBag()
        bag.append(contentsOf: earlier + publication.check() + ContentChecker(site: site, today: today).check())
        let rows = publication.requirements().map { requirement in
            PublicationRow(
                item: requirement.item, description: requirement.description,
                audiences: requirement.audiences.map(\.rawValue),
                site: requirement.places.contains(.site) ? marks.pages(showing: requirement.item, in: .site, containing: requirement.texts, limit: Self.pagesListed) : nil,
                board: requirement.places.contains(.board) ? marks.pages(showing: requirement.item, in: .board, containing: requirement.texts, limit: Self.pagesListed) : nil)
        }
        return Result(diagnostics: bag.sorted, rows: rows)
    }

    static func readPages(_ output: URL) -> [String: String] {
        var pages: [String: String] = [:]
        let root = output.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [:] }
        for case let path as String in enumerator where path.hasSuffix(".html") {
            if let data = FileManager.default.contents(atPath: root + "/" + path) { pages[path] = String(decoding: data, as: UTF8.self) }
        }
        return pages
    }
}

/// One required item and where it was found (nil: not required there).
public struct PublicationRow: Sendable, Codable {
    public var item: String
    public var description: String
    public var audiences: [String]
    public var site: [String]?
    public var board: [String]?
}
