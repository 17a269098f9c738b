import BoardGenBrowser
import BoardGenCheck
import BoardGenDiagnostics
import BoardGenFetch
import BoardGenWrite
import Foundation

extension SiteChecker {
    /// How `check(existingOutput:browser:)` runs Chromium.
    public struct Browser: Sendable {
        /// The Chromium or Chrome executable (`PDFPrinter.find` finds one).
        public var executable: String
        /// Seconds each page may take to load, be judged and print.
        public var pageTimeout: Double
        /// Where poppler's `pdfinfo` and `pdftotext` are looked for (a PATH).
        public var searchPath: String

        /// Options for a browser check.
        public init(executable: String, pageTimeout: Double = 30, searchPath: String? = nil) {
            self.executable = executable
            self.pageTimeout = pageTimeout
            self.searchPath = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        }
    }

    /// Why a browser check could not be made: a tool is missing, or the browser failed or ran
    /// out of time. Not a finding about the site.
    public struct BrowserError: Error, Sendable, CustomStringConvertible {
        /// What went wrong, and what to install when a tool is missing.
        public let description: String
    }

    /// `check --browser`: the DOM judgement of `check(existingOutput:)`, and on top of it the
    /// pages as headless Chromium renders them with every stylesheet of the site. An item counts
    /// on a page only if a reader sees it there (displayed, on screen, not clipped, legible, in
    /// contrast) and its rendered text is right. The board's notice pages and `board/print.html`
    /// are printed to PDF: each notice must fill exactly one A4 sheet (this measurement, not the
    /// estimate, decides BG501) and show its items on that sheet. A fresh build is written to a
    /// temporary folder, removed afterwards.
    public func check(existingOutput output: URL? = nil, browser: Browser) throws(BrowserError) -> Result {
        let builder = SiteBuilder(contentFolder: contentFolder, today: today)
        let (session, failed) = builder.load()
        guard let session else { return Result(diagnostics: failed.diagnostics, rows: []) }
        let marks = session.publicationChecker.makeMarks()
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("boardgen-check-\(UUID())")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let folder = output ?? temporary.appendingPathComponent("public")
        let build = try Self.pages(of: session, builder, into: output == nil ? folder : nil, marks: marks)
        if let output { Self.scanPages(in: output, into: marks) }
        let notices = build.notices.map(\.id)
        let judge = BrowserJudge(
            executable: browser.executable, timeout: browser.pageTimeout, searchPath: browser.searchPath)
        let report: BrowserJudge.Report
        do {
            report = try judge.judge(
                output: folder, pages: marks.judgedPages.filter { PublishedMarks.place(of: $0) != .boardIndex },
                printed: Self.boardPages(notices, in: folder),
                marks: marks.requiredMarks)
        } catch {
            throw BrowserError(description: error.description)
        }
        return Self.judge(session, marks: marks, report: report, build: build)
    }
}

extension SiteChecker {
    /// `check --url --browser`: the deployed site's pages, and the stylesheets, scripts and images
    /// they load from the same site, are fetched into a temporary folder (removed afterwards) and
    /// judged there exactly as `check(existingOutput:browser:)` judges a local output. Fetch
    /// faults are findings (BG8xx), as in `check(deployedAt:)`.
    public func check(
        deployedAt url: URL, maxPages: Int = 2_000, secondsPerRequest: Double = 10, totalSeconds: Double = 300,
        browser: Browser
    ) throws(BrowserError) -> Result {
        let mirror = FileManager.default.temporaryDirectory.appendingPathComponent("boardgen-deployed-\(UUID())")
        defer { try? FileManager.default.removeItem(at: mirror) }
        var limits = SiteFetcher.Limits()
        (limits.maxPages, limits.secondsPerRequest, limits.totalSeconds) = (maxPages, secondsPerRequest, totalSeconds)
        let keep: (String, Data) -> Void = { path, data in Self.store(data, at: path, in: mirror) }
        let findings = SiteFetcher(start: url, limits: limits).fetch(keep, asset: keep)
        let judged = try check(existingOutput: mirror, browser: browser)
        var bag = DiagnosticBag()
        bag.append(contentsOf: findings + judged.diagnostics)
        return Result(diagnostics: bag.sorted, rows: judged.rows)
    }
}

private extension SiteChecker {
    /// Writes a fetched file under the mirror folder (its path was checked to stay inside).
    static func store(_ data: Data, at path: String, in folder: URL) {
        let file = folder.appendingPathComponent(path)
        try? FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: file.path, contents: data)
    }

    /// Renders the site; with a folder, writes every file there (the browser needs the
    /// stylesheets too) and judges the pages on the way.
    static func pages(
        of session: SiteBuilder.Session, _ builder: SiteBuilder, into folder: URL?, marks: PublishedMarks
    ) throws(BrowserError) -> SiteBuilder.Result {
        guard let folder else { return builder.render(session, judgedOnly: true) { _ in } }
        do {
            let staging = try OutputWriter(outputFolder: folder, contentFolder: builder.contentFolder).begin()
            let build = builder.render(session) { file in
                staging.add(file)
                marks.add(page: file.path, contents: file.contents)
            }
            try staging.commit()
            return build
        } catch {
            throw BrowserError(description: "cannot write the pages for the browser: \(error.diagnostic.message)")
        }
    }

    /// The pages the secretary prints, those that exist: the printed board and each notice.
    static func boardPages(_ notices: [String], in folder: URL) -> [String] {
        guard !notices.isEmpty else { return [] }
        return (["board/print.html"] + notices.map { "board/\($0).html" }).filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
    }

    /// The browser's verdicts overrule the markup's, and the measured sheets replace the estimate.
    static func judge(
        _ session: SiteBuilder.Session, marks: PublishedMarks, report: BrowserJudge.Report,
        build: SiteBuilder.Result
    ) -> Result {
        let notices = build.notices.map(\.id)
        for (page, rendered) in report.rendered { marks.overrule(page: page, rendered: rendered) }
        for printed in report.printed { marks.overrule(printed: printed, notices: notices) }
        let estimated = DiagnosticCode.noticeTooLong.rawValue
        let measured = session.publicationChecker.sheetFindings(report.printed, notices: notices)
        return judge(
            session, marks: marks, notices: build.notices,
            earlier: build.diagnostics.filter { $0.code != estimated } + measured)
    }
}
