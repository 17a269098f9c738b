import BoardGenBoard
import BoardGenCheck
import BoardGenDiagnostics
import BoardGenFetch
import BoardGenSupport
import Foundation
import ScheduleModel

/// `boardgen check`: renders the site (or reads an existing output folder) and judges what was
/// actually published against the policy, plus the content-quality rules.
public struct SiteChecker: Sendable {
    /// Everything a check found.
    public typealias Result = CheckResult

    public let contentFolder: URL
    public let today: LocalDate

    /// Makes a checker.
    public init(contentFolder: URL, today: LocalDate) {
        self.contentFolder = contentFolder
        self.today = today
    }

    /// Checks a fresh rendering, or the pages already in `output` when given. Each page is judged
    /// as soon as it is rendered (or read) and then dropped, so memory does not grow with the site.
    public func check(existingOutput output: URL? = nil) -> Result {
        let builder = SiteBuilder(contentFolder: contentFolder, today: today)
        let (session, failed) = builder.load()
        guard let session else { return Result(diagnostics: failed.diagnostics, rows: []) }
        let marks = session.publicationChecker.makeMarks()
        let build = builder.render(session, judgedOnly: true) { file in
            if output == nil { marks.add(page: file.path, contents: file.contents) }
        }
        if let output { Self.scanPages(in: output, into: marks) }
        return Self.judge(session, marks: marks, notices: build.notices, earlier: build.diagnostics)
    }

    /// Checks the site as deployed at `url` (the folder that holds its index.html): its pages are
    /// read over HTTP(S) by following the site's own links, within the given bounds, and judged
    /// exactly like a local output. Every fetch fault is a finding (BG8xx).
    public func check(
        deployedAt url: URL, maxPages: Int = 2_000, secondsPerRequest: Double = 10, totalSeconds: Double = 300
    ) -> Result {
        let builder = SiteBuilder(contentFolder: contentFolder, today: today)
        let (session, failed) = builder.load()
        guard let session else { return Result(diagnostics: failed.diagnostics, rows: []) }
        let marks = session.publicationChecker.makeMarks()
        let build = builder.render(session, judgedOnly: true) { _ in }
        var limits = SiteFetcher.Limits()
        (limits.maxPages, limits.secondsPerRequest, limits.totalSeconds) = (maxPages, secondsPerRequest, totalSeconds)
        let fetchFindings = SiteFetcher(start: url, limits: limits).fetch { path, data in
            marks.add(page: path, contents: data)
        }
        return Self.judge(session, marks: marks, notices: build.notices, earlier: build.diagnostics + fetchFindings)
    }
}

extension SiteChecker {
    /// The required items of a site, for tests that remove each one and expect the check to fail.
    package func requirements() -> [Requirement] {
        let (session, _) = SiteBuilder(contentFolder: contentFolder, today: today).load()
        return session?.publicationChecker.requirements() ?? []
    }

    static func judge(
        _ session: SiteBuilder.Session, marks: PublishedMarks, notices: [NoticeView], earlier: [Diagnostic]
    ) -> Result {
        let publication = session.publicationChecker
        var bag = DiagnosticBag()
        bag.append(
            contentsOf: earlier + publication.check(marks, notices: notices)
                + ContentChecker(site: session.site, today: session.today).check())
        let rows = publication.requirements().map { requirement in
            PublicationRow(
                item: requirement.item.mark, description: requirement.description,
                audiences: requirement.audiences.map(\.rawValue),
                site: requirement.places.contains(.site)
                    ? marks.pages(showing: requirement.item, in: .site, limit: CheckResult.pagesListed) : nil,
                board: requirement.places.contains(.board)
                    ? marks.pages(showing: requirement.item, in: .board, limit: CheckResult.pagesListed) : nil)
        }
        return Result(diagnostics: bag.sorted, rows: rows)
    }

    /// Judges every HTML file of an existing output folder, one at a time, on all cores.
    static func scanPages(in output: URL, into marks: PublishedMarks) {
        let root = output.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return }
        let paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        paths.parallelForEach { path in
            if let data = FileManager.default.contents(atPath: root + "/" + path) {
                marks.add(page: path, contents: data)
            }
        }
    }
}
