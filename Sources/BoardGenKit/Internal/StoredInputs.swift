import BoardGenSupport
import BoardGenWrite
import Foundation

/// What a build learnt of its content files, kept for the next build in a file beside the build
/// cache's (issue 17): each file's stamp and fingerprints, so that an unchanged file is not read
/// again (`SiteInputs.read(_:known:now:)`). The regulations decoded from them are kept apart
/// (`StoredRegulations`), rewritten only when one changed; this file says which generation of
/// that file it goes with and from which version of each regulation's file its block was decoded.
struct StoredInputs: Sendable {
    /// Every file's fingerprints, sorted by path.
    var files: [StoredFile]
    /// The generation of the regulations file these notes are about.
    var regulationsGeneration: String = ""
    /// For each regulation's block in that file, the fingerprint of the file it stands for, by path.
    var decodedFrom: [Source] = []
    /// The lines these notes were read from, when they were (`StoredInputs+File`).
    var lines: Lines?

    /// The bytes of the file the notes were read from and where each note's lines are in them:
    /// writing the next notes copies the lines of a note that did not change instead of formatting
    /// them again (formatting 10,000 files' notes was 6 % of a rebuild's instructions).
    struct Lines: Sendable {
        var bytes: Data
        /// The lines of `files[i]`, without the last line break.
        var files: [Range<Int>] = []
        /// The line of `decodedFrom[i]`, without its line break.
        var decodedFrom: [Range<Int>] = []
    }

    /// A regulation's path and the fingerprint of the file version its block stands for.
    struct Source: Sendable, Equatable {
        var path: String
        var whole: String
    }

    /// One file's fingerprints.
    struct StoredFile: Sendable, Equatable {
        var path: String
        var file: SiteInputs.File
    }

    /// The fingerprints of `inputs`' files.
    init(_ inputs: SiteInputs) {
        files = zip(inputs.sortedPaths, inputs.sortedFiles).map { StoredFile(path: $0, file: $1) }
    }

    /// Notes on the given files, as a file holds them.
    init(files: [StoredFile]) {
        self.files = files
    }

    /// `decodedFrom` by path.
    var decodedFromByPath: [String: String] {
        Dictionary(decodedFrom.map { ($0.path, $0.whole) }) { first, _ in first }
    }
}
