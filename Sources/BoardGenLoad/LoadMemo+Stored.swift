import BoardGenDiagnostics
import BoardGenModel
import Foundation

/// A regulation's file as the build cache keeps it between builds: the regulation decoded from it,
/// without its body (`Regulation`'s coding leaves it out), and what decoding it reported.
package struct StoredDecoding: Sendable, Codable {
    /// The file, relative to the content folder.
    package var path: String
    /// The regulation; nil when the file did not decode into one.
    package var regulation: Regulation?
    package var diagnostics: [Diagnostic]
    package var brokenFiles: [String]
    /// Broken ids by the file that defines them, sorted.
    package var brokenIDs: [BrokenIDs]

    /// The ids of one file that decoding found broken.
    package struct BrokenIDs: Sendable, Codable {
        package var path: String
        package var ids: [String]

        /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
        package init(path: String, ids: [String]) {
            (self.path, self.ids) = (path, ids)
        }
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        path: String, regulation: Regulation?, diagnostics: [Diagnostic], brokenFiles: [String], brokenIDs: [BrokenIDs]
    ) {
        (self.path, self.regulation, self.diagnostics) = (path, regulation, diagnostics)
        (self.brokenFiles, self.brokenIDs) = (brokenFiles, brokenIDs)
    }
}

extension LoadMemo {
    /// A regulation the build cache kept decoded, for a file the caller knows unchanged since, under
    /// the same calendar and settings; its body is read from the file only if something uses it (a
    /// page rendered again).
    package final class Seed: Sendable {
        let path: String
        let regulation: Regulation?
        let diagnostics: [Diagnostic]
        let brokenFiles: Set<String>
        let brokenIDs: [String: Set<String>]

        /// The seed of a stored decoding of the file `path` of `contentFolder` (a full path, standardised).
        package init(_ stored: StoredDecoding, contentFolder: String) {
            let path = stored.path
            self.path = path
            var regulation = stored.regulation
            // The full path is joined only when the body is read: most seeds' bodies never are.
            regulation?.deferBody(to: DeferredText { LoadMemo.readBody(of: contentFolder + "/" + path, path: path) })
            self.regulation = regulation
            diagnostics = stored.diagnostics
            brokenFiles = Set(stored.brokenFiles)
            brokenIDs = Dictionary(stored.brokenIDs.map { ($0.path, Set($0.ids)) }) { first, _ in first }
        }
    }

    /// The regulations this memo holds, for the build cache: the paths of those it was seeded with
    /// (the cache has them already; in no particular order), and those the load decoded.
    package func storedRegulations() -> (seeded: [String], decoded: [StoredDecoding]) {
        var decoded: [StoredDecoding] = []
        for (path, entry) in allEntries.sorted(by: { $0.key < $1.key }) {
            guard let regulation = entry.value as? Regulation? else { continue }
            decoded.append(
                StoredDecoding(
                    path: path, regulation: regulation, diagnostics: entry.diagnostics,
                    brokenFiles: entry.brokenFiles.sorted(),
                    brokenIDs: entry.brokenIDs.sorted { $0.key < $1.key }.map {
                        .init(path: $0.key, ids: $0.value.sorted())
                    }))
        }
        return (Array(seeds.keys), decoded)
    }
}

extension LoadMemo {
    /// The body of a regulation's file as decoding takes it; empty when the file is gone or no
    /// longer splits (it changed during the build: the next build decodes it again).
    static func readBody(of fullPath: String, path: String) -> String {
        guard let data = FileManager.default.contents(atPath: fullPath),
            case .success(let source) = SourceText.decode(data, path: path),
            case .success(let parts) = FrontMatter.split(source.text, path: path)
        else { return "" }
        return parts.body
    }
}
