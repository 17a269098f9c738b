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
    }
}

extension LoadMemo {
    /// Adds the regulations the build cache kept, for files the caller knows unchanged since they
    /// were decoded, under the same calendar and settings; each body is read from its file only
    /// if something uses it (a page rendered again).
    package func seed(_ decodings: [StoredDecoding], contentFolder: URL) {
        let root = contentFolder.standardizedFileURL.path
        var seeded: [String: Entry] = [:]
        for stored in decodings {
            let path = stored.path
            var regulation = stored.regulation
            regulation?.deferBody(to: DeferredText { Self.readBody(of: root + "/" + path, path: path) })
            seeded[path] = Entry(
                text: nil, calendar: nil, value: regulation, diagnostics: stored.diagnostics,
                brokenFiles: Set(stored.brokenFiles),
                brokenIDs: Dictionary(stored.brokenIDs.map { ($0.path, Set($0.ids)) }) { first, _ in first })
        }
        add(seeded)
    }

    /// The regulations this memo holds (decoded by the last load or seeded), by path, for the build cache.
    package func storedRegulations() -> [StoredDecoding] {
        allEntries.sorted { $0.key < $1.key }.compactMap { path, entry in
            guard let regulation = entry.value as? Regulation? else { return nil }
            return StoredDecoding(
                path: path, regulation: regulation, diagnostics: entry.diagnostics,
                brokenFiles: entry.brokenFiles.sorted(),
                brokenIDs: entry.brokenIDs.sorted { $0.key < $1.key }.map {
                    .init(path: $0.key, ids: $0.value.sorted())
                })
        }
    }
}

private extension LoadMemo {
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
