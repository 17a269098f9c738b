/// The one place a "did you mean" hint and an unknown-reference message are worded.
package enum Suggestion {
    /// `did you mean 'x'?` for the candidate closest to `word` (within two edits), or nil.
    package static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String? {
        EditDistance.closest(to: word, in: candidates).map(didYouMean)
    }

    /// `did you mean 'x'?` for a candidate already chosen.
    package static func didYouMean(_ candidate: String) -> String {
        "did you mean '\(candidate)'?"
    }

    /// BG107's message for every kind of reference:
    /// `no contact with id 'it-phon' exists; did you mean 'it-phone'?`.
    package static func unknownReference(_ what: String, id: String, among ids: some Sequence<String>) -> String {
        let hint = didYouMean(id, in: ids).map { "; \($0)" } ?? ""
        return "no \(what) with id '\(id)' exists\(hint)"
    }
}

extension Diagnostic {
    /// BG107 at `location`: the reference names an id that no item of its kind has.
    package static func unknownReference(
        _ what: String, id: String, among ids: some Sequence<String>, at location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(DiagnosticCode.unknownReference, Suggestion.unknownReference(what, id: id, among: ids), at: location)
    }
}
