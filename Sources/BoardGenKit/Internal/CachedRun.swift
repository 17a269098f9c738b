import BoardGenModel
import BoardGenRender
import BoardGenSupport
import BoardGenWrite
import Foundation
import Synchronization

/// One build's use of the build cache: this build's job keys, the previous build's entries, and
/// the entries gathered as the jobs finish; and where the files go (an output folder or memory).
final class CachedRun: Sendable {
    let cache: BuildCache
    /// The content's fingerprints, and the key of everything but the regulations' bodies (the site-wide pages').
    private let inputs: SiteInputs
    private let siteKey: String
    /// The key of what every regulation page reads besides its own file.
    private let regulationPagesKey: String
    private let previous: [String: BuildCache.Entry]
    private let next = Mutex<[String: BuildCache.Entry]>([:])
    private let hits = Atomic<Int>(0)
    private let rendered = Mutex<[String]>([])
    /// How many jobs were taken from the cache, not rendered.
    var hitCount: Int { hits.load(ordering: .relaxed) }
    /// The cache entries of the jobs this run rendered (their inputs changed), sorted.
    var renderedEntries: [String] { rendered.withLock { $0.sorted() } }
    /// Hands on a rendered file; its stamp when it was written to an output folder.
    private let emit: @Sendable (OutputFile) -> FileStamp?
    /// Takes a cached job's files again; false when they are gone or changed.
    private let reuse: @Sendable ([BuildCache.StoredFile]) -> Bool
    /// True when the entries keep the files' bytes (in memory), false when they keep stamps.
    private let keepsContents: Bool

    init(
        cache: BuildCache, inputs: SiteInputs, site: Site, today: String, keepsContents: Bool,
        emit: @escaping @Sendable (OutputFile) -> FileStamp?,
        reuse: @escaping @Sendable ([BuildCache.StoredFile]) -> Bool
    ) {
        let sources = Set(site.regulations.map(\.path))
        // The two keys side by side: each goes over every file, and on 10,000 pages each took 20 ms.
        let keys = [false, true].parallelMap { isPagesKey in
            isPagesKey
                ? inputs.regulationPagesKey(
                    toolIdentity: cache.toolIdentity, today: today, regulationSources: sources,
                    facts: RegulationPageFacts.describe(site))
                : inputs.siteKey(toolIdentity: cache.toolIdentity, today: today, regulationSources: sources)
        }
        (self.siteKey, self.regulationPagesKey) = (keys[0], keys[1])
        self.inputs = inputs
        self.cache = cache
        self.previous = cache.previous
        self.keepsContents = keepsContents
        self.emit = emit
        self.reuse = reuse
    }

    /// A job's entry name in the cache and the key of its inputs; nil when it is not cached (or
    /// reads a file the fingerprints do not know).
    func entry(for inputs: RenderJob.Inputs) -> (name: String, key: String)? {
        switch inputs {
        case .regulationFile(let path):
            return self.inputs.jobKey(baseKey: regulationPagesKey, source: path).map { (path, $0) }
        case .siteWide(let page):
            // "@" never starts a content file's path, so the names cannot meet.
            return ("@" + page, Self.key(siteKey, "site-wide", page))
        case .derived(let page, let description):
            return description().map { ("@" + page, Self.key(siteKey, "derived", page, $0)) }
        }
    }

    /// Runs the jobs on all cores: a cached job whose key is unchanged hands on its stored files,
    /// any other is rendered. `emit` counts the files; `attachments` hands on each attachment once.
    func runAll(
        _ jobs: [RenderJob], counted: @Sendable (Int) -> Void, emitPlain: @Sendable (OutputFile) -> Void,
        attachments: @Sendable ([Attachment]) -> [OutputFile]
    ) {
        jobs.parallelForEach { job in
            guard let (source, key) = job.inputs.flatMap(entry(for:)) else {
                let output = job.run()
                output.files.forEach(emitPlain)
                attachments(output.attachments).forEach(emitPlain)
                return
            }
            if let entry = previous[source], entry.key == key, reuse(entry.files) {
                counted(entry.files.count)
                hits.add(1, ordering: .relaxed)
                next.withLock { $0[source] = entry }
                attachments(entry.attachments).forEach(emitPlain)
                return
            }
            rendered.withLock { $0.append(source) }
            let output = job.run()
            let stored = output.files.map { file in
                BuildCache.StoredFile(
                    path: file.path, stamp: emit(file), contents: keepsContents ? file.contents : nil)
            }
            counted(stored.count)
            next.withLock { $0[source] = BuildCache.Entry(key: key, files: stored, attachments: output.attachments) }
            attachments(output.attachments).forEach(emitPlain)
        }
    }

    /// Stores this build's entries, or none when its rendering reported anything (the next build
    /// then renders every page and reports it again).
    func finish(renderDiagnostics: Int) {
        finish(entries: encodedEntries(renderDiagnostics: renderDiagnostics), load: nil)
    }

    /// This build's entries in the cache file's form (none when its rendering reported anything),
    /// worked out while the output is put in place; `finish(entries:load:)` stores them.
    func encodedEntries(renderDiagnostics: Int) -> BuildCache.EncodedEntries {
        cache.encode(renderDiagnostics == 0 ? next.withLock { $0 } : [:])
    }

    /// Stores the encoded entries and, with `load` (a cache kept in a file), what the load learnt (worked
    /// out while the pages rendered), on the other core.
    func finish(entries: BuildCache.EncodedEntries, load: BackgroundWork<CachedLoad.PreparedStore>?) {
        [true, false].parallelForEach { isEntries in
            if isEntries {
                self.cache.store(entries)
            } else if let load, let file = self.cache.file {
                CachedLoad.write(load.value, besideCache: file)
            }
        }
    }
}

private extension CachedRun {
    static func key(_ parts: String...) -> String {
        var key = Fingerprint()
        for part in parts { key.add(part) }
        return key.hex
    }
}

extension CachedRun {
    /// A run that writes into an output's staging folder and links unchanged pages from the
    /// previous output.
    convenience init(cache: BuildCache, inputs: SiteInputs, site: Site, today: String, staging: OutputStaging) {
        self.init(
            cache: cache, inputs: inputs, site: site, today: today, keepsContents: false,
            emit: { staging.add($0) },
            reuse: { files in
                let stamped = files.compactMap { file in file.stamp.map { (path: file.path, stamp: $0) } }
                return stamped.count == files.count && staging.takeUnchanged(stamped)
            })
    }

    /// A run that keeps every file in memory (`serve`), gathered by `collector`.
    convenience init(cache: BuildCache, inputs: SiteInputs, site: Site, today: String, collector: FileCollector) {
        self.init(
            cache: cache, inputs: inputs, site: site, today: today, keepsContents: true,
            emit: { file in
                collector.add(file)
                return nil
            },
            reuse: { files in
                let kept = files.compactMap { file in file.contents.map { OutputFile(path: file.path, contents: $0) } }
                guard kept.count == files.count else { return false }
                kept.forEach(collector.add)
                return true
            })
    }
}
