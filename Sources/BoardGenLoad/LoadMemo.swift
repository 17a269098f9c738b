import BoardGenDiagnostics
import BoardGenModel
import ScheduleModel
import Synchronization

/// What decoding each regulation's file and each list file (contacts, people, timetables, desks)
/// gave the last time, for `serve`: a rebuild after one edit decodes only the files whose text
/// changed (or all of them when the school's calendar, which notations are read with, changed). An
/// entry keeps the file's whole text, compared in full, so an edit is never missed; with the decoded
/// items it keeps the diagnostics the decoding reported and the ids it found broken, which every
/// load that reuses it reports and records again.
package final class LoadMemo: Sendable {
    struct Entry: Sendable {
        var text: String
        var calendar: SchoolCalendar
        var regulation: Regulation?
        var diagnostics: [Diagnostic]
    }

    /// A list file's decoded items (of the type its loader asked for) and what decoding it recorded.
    struct ListEntry: Sendable {
        var text: String
        var calendar: SchoolCalendar
        var items: any Sendable
        var diagnostics: [Diagnostic]
        var brokenFiles: Set<String>
        var brokenIDs: [String: Set<String>]
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let lists = Mutex<[String: ListEntry]>([:])
    private let reused = Atomic<Int>(0)

    /// Makes an empty memo.
    package init() {}

    /// How many files the loads so far took from the memo instead of decoding them.
    package var reusedCount: Int { reused.load(ordering: .relaxed) }

    /// The regulation of `source`: the stored one when its text and the calendar are unchanged,
    /// else `decode`'s, which reports into the sink it is given (its findings are stored with it).
    func regulation(
        of source: SourceText, calendar: SchoolCalendar, sink: DiagnosticSink,
        decode: (DiagnosticSink) -> Regulation?
    ) -> Regulation? {
        let stored = entries.withLock { $0[source.path] }
        if let stored, stored.calendar == calendar, stored.text == source.text {
            reused.add(1, ordering: .relaxed)
            sink.report(stored.diagnostics)
            return stored.regulation
        }
        let own = DiagnosticSink()
        let regulation = decode(own)
        let diagnostics = own.bag.all
        sink.report(diagnostics)
        let entry = Entry(text: source.text, calendar: calendar, regulation: regulation, diagnostics: diagnostics)
        entries.withLock { $0[source.path] = entry }
        return regulation
    }

    /// The items of a list file: the stored ones when its text and the calendar are unchanged, else
    /// `decode`'s, run on a session of its own whose findings and broken ids are stored with them.
    /// Either way they are reported and recorded into `session`.
    func list<T: Sendable>(
        of source: SourceText, calendar: SchoolCalendar, for session: LoadSession, decode: (LoadSession) -> [T]
    ) -> [T] {
        let stored = lists.withLock { $0[source.path] }
        if let stored, stored.calendar == calendar, stored.text == source.text, let items = stored.items as? [T] {
            reused.add(1, ordering: .relaxed)
            replay(stored, into: session)
            return items
        }
        let own = DiagnosticSink()
        let decoding = LoadSession(decodingFor: session, reportingTo: own)
        let items = decode(decoding)
        let entry = ListEntry(
            text: source.text, calendar: calendar, items: items, diagnostics: own.bag.all,
            brokenFiles: decoding.brokenFiles, brokenIDs: decoding.brokenIDs)
        lists.withLock { $0[source.path] = entry }
        replay(entry, into: session)
        return items
    }

    /// Forgets the files that no longer exist, so that the memo holds only what the last load read.
    func keep(only paths: Set<String>) {
        entries.withLock { entries in entries = entries.filter { paths.contains($0.key) } }
    }

    private func replay(_ entry: ListEntry, into session: LoadSession) {
        session.sink.report(entry.diagnostics)
        entry.brokenFiles.forEach(session.markBroken)
        for (path, ids) in entry.brokenIDs {
            for id in ids { session.markBroken(id: id, in: path) }
        }
    }
}
