import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport
import ScheduleModel
import Synchronization

/// What decoding each regulation's file and each list file (contacts, people, timetables, desks)
/// gave the last time, for `serve`: a rebuild after one edit decodes only the files whose text
/// changed (or all of them when the school's calendar, which notations are read with, changed). An
/// entry keeps the file's whole text, compared in full, so an edit is never missed; with the decoded
/// value it keeps the diagnostics the decoding reported and the ids it found broken, which every
/// load that reuses it reports and records again.
///
/// `build` with a build cache uses one too, for one load: seeded with the regulations the cache
/// kept decoded (`Seed`), whose files it knows unchanged without reading them, and read back
/// afterwards (`storedRegulations`) for the next build.
package final class LoadMemo: Sendable {
    /// A file's decoded value (of the type its loader asked for) and what decoding it recorded.
    struct Entry: Sendable {
        /// The file's text; nil when the memo does not keep texts (one load's records).
        var text: String?
        /// The calendar the notations were read with.
        var calendar: SchoolCalendar
        var value: any Sendable
        var diagnostics: [Diagnostic]
        var brokenFiles: Set<String>
        var brokenIDs: [String: Set<String>]
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let reused = Atomic<Int>(0)
    /// False for a memo that records decodings for the build cache but is not asked about changed texts.
    private let keepsTexts: Bool
    /// The regulations the build cache kept, by path (see `Seed`); read without a lock, never changed.
    let seeds: [String: Seed]

    /// Makes a memo; `keepsTexts: false` for one load's records (the texts would double its memory), `seeds`
    /// for the regulations the build cache kept decoded.
    package init(keepsTexts: Bool = true, seeds: [Seed] = []) {
        self.keepsTexts = keepsTexts
        self.seeds = Dictionary(seeds.map { ($0.path, $0) }) { first, _ in first }
    }

    /// How many files the loads so far took from the memo instead of decoding them.
    package var reusedCount: Int { reused.load(ordering: .relaxed) }

    /// What `source` decodes to: the stored value when its text and the calendar are unchanged, else
    /// `decode`'s, run on a session of its own whose findings and broken ids are stored with it.
    /// Either way they are reported and recorded into `session`.
    func value<T: Sendable>(
        of source: SourceText, calendar: SchoolCalendar, for session: LoadSession, decode: (LoadSession) -> T
    ) -> T {
        let stored = entries.withLock { $0[source.path] }
        if let stored, let text = stored.text, stored.calendar == calendar, text == source.text,
            let value = stored.value as? T
        {
            reused.add(1, ordering: .relaxed)
            replay(stored, into: session)
            return value
        }
        let own = DiagnosticSink()
        let decoding = LoadSession(decodingFor: session, reportingTo: own)
        let value = decode(decoding)
        let entry = Entry(
            text: keepsTexts ? source.text : nil, calendar: calendar, value: value, diagnostics: own.bag.all,
            brokenFiles: decoding.brokenFiles, brokenIDs: decoding.brokenIDs)
        entries.withLock { $0[source.path] = entry }
        replay(entry, into: session)
        return value
    }

    /// The regulation seeded for `path` (nil inside when its file decoded into none), its findings
    /// replayed into `session`; nil when none was seeded.
    func seededRegulation(of path: String, for session: LoadSession) -> Regulation?? {
        guard let seed = seeds[path] else { return nil }
        reused.add(1, ordering: .relaxed)
        if !seed.diagnostics.isEmpty { session.sink.report(seed.diagnostics) }
        seed.brokenFiles.forEach(session.markBroken)
        for (path, ids) in seed.brokenIDs {
            for id in ids { session.markBroken(id: id, in: path) }
        }
        return .some(seed.regulation)
    }

    /// Forgets the files of `folder` that no longer exist, so that the memo holds only what the
    /// last load read; `paths` are the folder's files, sorted.
    func keep(only paths: [String], in folder: String) {
        entries.withLock { entries in
            // A build's memo holds only the regulations it decoded (few): looked up in the sorted list, without
            // hashing the folder's 10,000 paths into a set first.
            let stale = entries.keys.filter { $0.hasPrefix(folder + "/") && !paths.containsSorted($0) }
            for path in stale { entries[path] = nil }
        }
    }
}

extension LoadMemo {
    /// Every entry, by path.
    var allEntries: [String: Entry] { entries.withLock { $0 } }
}

private extension LoadMemo {
    func replay(_ entry: Entry, into session: LoadSession) {
        session.sink.report(entry.diagnostics)
        entry.brokenFiles.forEach(session.markBroken)
        for (path, ids) in entry.brokenIDs {
            for id in ids { session.markBroken(id: id, in: path) }
        }
    }
}
