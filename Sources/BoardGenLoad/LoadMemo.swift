import BoardGenDiagnostics
import BoardGenModel
import ScheduleModel
import Synchronization

/// What decoding each regulation's file gave the last time, for `serve`: a rebuild after one edit
/// decodes only the files whose text changed (or all of them when the school's calendar, which
/// notations are read with, changed). An entry keeps the file's whole text, compared in full, so
/// an edit is never missed; with the decoded regulation it keeps the diagnostics the decoding
/// reported, which are reported again on every load that reuses it.
package final class LoadMemo: Sendable {
    struct Entry: Sendable {
        var text: String
        var calendar: SchoolCalendar
        var regulation: Regulation?
        var diagnostics: [Diagnostic]
    }

    private let entries = Mutex<[String: Entry]>([:])
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

    /// Forgets the files that no longer exist, so that the memo holds only what the last load read.
    func keep(only paths: Set<String>) {
        entries.withLock { entries in entries = entries.filter { paths.contains($0.key) } }
    }
}
