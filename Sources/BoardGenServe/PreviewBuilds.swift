import BoardGenDiagnostics
import BoardGenKit
import Foundation
import Synchronization

/// One build of the preview: renders the site in memory with the same API as `build` and `check`,
/// swaps the snapshot in (or keeps the last good one), tells the open pages and reports the line.
final class PreviewBuilds: Sendable {
    private let configuration: PreviewServer.Configuration
    private let state: PreviewState
    private let report: @Sendable (RebuildReport) -> Void
    /// The previous build's printed lines, to tell whether anything new is worth printing.
    private let previous = Mutex<[String]?>(nil)
    /// The pages of the previous builds, so that an edit renders only the pages it changes.
    private let cache = BuildCache(toolIdentity: "serve")

    init(
        configuration: PreviewServer.Configuration, state: PreviewState,
        report: @escaping @Sendable (RebuildReport) -> Void
    ) {
        self.configuration = configuration
        self.state = state
        self.report = report
    }

    /// Builds and publishes (on the rebuilder's thread). A good build is swapped in and announced
    /// first; the check's findings on it follow in a second event, which only updates the overlay.
    func build(changed: [String]) {
        let clock = ContinuousClock()
        let started = clock.now
        var status = state.status
        status.builtAt = Self.clockTime()
        var snapshot: SiteSnapshot?
        var outcome: RebuildReport.Outcome
        var (diagnostics, findings): ([String], [String]) = ([], [])
        var (visible, checked): (ContinuousClock.Instant?, ContinuousClock.Instant?) = (nil, nil)
        if let problem = folderProblem() {
            (status.failed, status.folderProblem, outcome) = (true, problem, .folderUnavailable)
            status.diagnostics = [PreviewStatus.Line(text: problem, isError: true)]
            diagnostics = [problem]
        } else {
            let built = SiteBuilder(contentFolder: configuration.contentFolder, today: configuration.today())
                .renderPreview(cache: cache)
            diagnostics = built.diagnostics.map { $0.formatted(contentPath: configuration.contentPath) }
            status.diagnostics = zip(built.diagnostics, diagnostics).map {
                .init(text: $1, isError: $0.severity == .error)
            }
            status.folderProblem = nil
            status.failed = built.hasErrors
            if built.hasErrors {
                outcome = .failed
            } else {
                (snapshot, outcome) = swapIn(built, status: &status)
                // The new pages first (the findings shown meanwhile are the previous build's) …
                status.isChecking = true
                state.publish(snapshot, status: status)
                (snapshot, visible) = (nil, clock.now)
                // … then what the check finds on them.
                findings = built.makeFindings().map { $0.formatted(contentPath: configuration.contentPath) }
                status.findings = findings.map { .init(text: $0, isError: false) }
                status.isChecking = false
                checked = clock.now
            }
        }
        state.publish(snapshot, status: status)
        let lines = diagnostics + ["--"] + findings
        let isNew = previous.withLock { previous in
            defer { previous = lines }
            return previous != lines
        }
        report(
            RebuildReport(
                time: status.builtAt, duration: (visible ?? clock.now) - started,
                checkDuration: Self.zip2(visible, checked).map { $1 - $0 }, outcome: outcome, changed: shown(changed),
                diagnostics: diagnostics, findings: findings, isNewsworthy: isNew))
    }

    /// Waits until the first build was published.
    func waitForFirstBuild() async {
        while state.status.builtAt.isEmpty {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }
}

private extension PreviewBuilds {
    /// A snapshot of a good build, and whether pages must reload, restyle or do nothing.
    func swapIn(_ built: PreviewBuild, status: inout PreviewStatus) -> (SiteSnapshot?, RebuildReport.Outcome) {
        let current = state.snapshot
        let candidate = SiteSnapshot(files: built.files, generation: status.generation + 1)
        switch candidate.change(since: current) {
        case .none:
            return (nil, .built(files: built.files.count, changed: false))
        case .stylesOnly, .pages:
            status.stylesOnly = candidate.change(since: current) == .stylesOnly
            status.previous = status.generation
            status.generation = candidate.generation
            return (candidate, .built(files: built.files.count, changed: true))
        }
    }

    /// The changed paths worth naming: files that exist now, or content files that were removed
    /// (a tool's scratch file, made and renamed away within the burst, is not named).
    func shown(_ changed: [String]) -> [String] {
        let root = configuration.contentFolder.path
        return changed.filter { path in
            path.isEmpty || FileManager.default.fileExists(atPath: root + "/" + path)
                || ["yaml", "yml", "md", "mustache", "css", "js"].contains((path as NSString).pathExtension)
        }
    }

    /// Why the content folder cannot be built from, if it cannot.
    func folderProblem() -> String? {
        let path = configuration.contentFolder.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return "\(configuration.contentPath): error: the content folder was deleted or moved; "
                + "put it back (or restart boardgen serve with another --content)"
        }
        guard isFolder.boolValue else {
            return "\(configuration.contentPath): error: the content folder is no longer a folder"
        }
        guard FileManager.default.isReadableFile(atPath: path), FileManager.default.isExecutableFile(atPath: path)
        else {
            return "\(configuration.contentPath): error: the content folder cannot be read (permission denied); "
                + "give yourself read access again (chmod u+rx)"
        }
        return nil
    }

    static func zip2<A, B>(_ first: A?, _ second: B?) -> (A, B)? {
        guard let first, let second else { return nil }
        return (first, second)
    }

    static func clockTime() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}
