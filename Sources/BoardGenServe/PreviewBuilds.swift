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
    /// Counts the builds started; the check of a build publishes only while it is the latest.
    private let latest = Atomic<Int>(0)
    /// The line of the build whose check is still running: printed when the check ends, or at once
    /// when a newer build starts first, so that the terminal's lines keep the builds' order.
    private let pending = Mutex<(number: Int, line: Line)?>(nil)
    /// Runs the checks, one at a time, off the rebuilder's thread: the next build need not wait.
    private let checks = DispatchQueue(label: "boardgen-check")
    /// How long a check waits after its build was announced (a reload fetches its page within it).
    static let checkDelay: TimeInterval = 0.06

    init(
        configuration: PreviewServer.Configuration, state: PreviewState,
        report: @escaping @Sendable (RebuildReport) -> Void
    ) {
        self.configuration = configuration
        self.state = state
        self.report = report
    }

    /// Builds and publishes (on the rebuilder's thread). A good build is swapped in and announced
    /// at once; the check then judges it on its own queue and sends the findings in a second event
    /// of the same generation (dropped when a newer build started meanwhile).
    func build(changed: [String]) {
        let clock = ContinuousClock()
        let started = clock.now
        let number = latest.add(1, ordering: .sequentiallyConsistent).newValue
        if let superseded = pending.withLock({ $0.take() }) {
            finish(superseded.line, findings: [], checked: nil)
        }
        var status = state.status
        status.builtAt = Self.clockTime()
        if let problem = folderProblem() {
            (status.failed, status.folderProblem) = (true, problem)
            status.diagnostics = [PreviewStatus.Line(text: problem, isError: true)]
            state.publish(nil, status: status)
            let line = Line(
                started: started, outcome: .folderUnavailable, changed: shown(changed), diagnostics: [problem])
            return finish(line, findings: status.findings.map(\.text), checked: nil)
        }
        let built = SiteBuilder(contentFolder: configuration.contentFolder, today: configuration.today())
            .renderPreview(cache: cache)
        let diagnostics = built.diagnostics.map { $0.formatted(contentPath: configuration.contentPath) }
        status.diagnostics = zip(built.diagnostics, diagnostics).map { .init(text: $1, isError: $0.severity == .error) }
        (status.folderProblem, status.failed) = (nil, built.hasErrors)
        guard !built.hasErrors else {
            state.publish(nil, status: status)
            let line = Line(started: started, outcome: .failed, changed: shown(changed), diagnostics: diagnostics)
            return finish(line, findings: status.findings.map(\.text), checked: nil)
        }
        let (snapshot, outcome) = swapIn(built, status: &status)
        // The new pages first (the findings shown meanwhile are the previous build's) …
        status.isChecking = true
        state.publish(snapshot, status: status)
        let line = Line(started: started, outcome: outcome, changed: shown(changed), diagnostics: diagnostics)
        pending.withLock { $0 = (number, line) }
        // … then what the check finds on them, a moment later: the open pages reload at once, and the
        // pages they ask for are served before the check takes both cores.
        checks.async { [self] in
            Thread.sleep(forTimeInterval: Self.checkDelay)
            check(built, number: number)
        }
    }

    /// Waits for the check in progress, if any (the server is stopping).
    func finish() {
        checks.sync {}
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
                || ContentWatcher.isSiteText(path)
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

    /// What the terminal's line says about a build, until the check adds its part.
    struct Line: Sendable {
        var started: ContinuousClock.Instant
        var visible = ContinuousClock.now
        var outcome: RebuildReport.Outcome
        var changed: [String]
        var diagnostics: [String]
    }

    /// Judges a build that is served and publishes the findings, unless a newer build started (whose
    /// start printed this build's line already).
    func check(_ built: PreviewBuild, number: Int) {
        let isCurrent: @Sendable () -> Bool = { self.latest.load(ordering: .sequentiallyConsistent) == number }
        guard isCurrent(), let found = built.makeFindings(isCancelled: { !isCurrent() }) else {
            return finishPending(number, findings: [], checked: nil)
        }
        let findings = found.map { $0.formatted(contentPath: configuration.contentPath) }
        let isPublished = state.publishFindings(findings.map { .init(text: $0, isError: false) }, if: isCurrent)
        finishPending(number, findings: findings, checked: isPublished ? ContinuousClock.now : nil)
    }

    /// Prints the line of build `number` with its check's part, unless it was printed already.
    func finishPending(_ number: Int, findings: [String], checked: ContinuousClock.Instant?) {
        let line = pending.withLock { pending -> Line? in
            guard let waiting = pending, waiting.number == number else { return nil }
            pending = nil
            return waiting.line
        }
        if let line { finish(line, findings: findings, checked: checked) }
    }

    /// Reports the terminal's line.
    func finish(_ line: Line, findings: [String], checked: ContinuousClock.Instant?) {
        let lines = line.diagnostics + ["--"] + findings
        let isNew = previous.withLock { previous in
            defer { previous = lines }
            return previous != lines
        }
        report(
            RebuildReport(
                time: Self.clockTime(), duration: line.visible - line.started,
                checkDuration: checked.map { $0 - line.visible }, outcome: line.outcome, changed: line.changed,
                diagnostics: line.diagnostics, findings: findings, isNewsworthy: isNew))
    }

    static func clockTime() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}
