import BoardGenKit
import Foundation

/// One complete build of the site, as served: every file by path with its content type and
/// entity tag. Immutable: a rebuild makes a new snapshot and swaps it in at once, so a request
/// sees either the old site or the new one, never a mixture.
struct SiteSnapshot: Sendable {
    /// A file as served.
    struct Resource: Sendable {
        var contents: Data
        var contentType: String
        /// The entity tag of the file's bytes (HTML pages add the generation when served).
        var tag: String
        var isHTML: Bool { contentType.hasPrefix("text/html") }
    }

    /// The files by relative path (`board/print.html`).
    var resources: [String: Resource]
    /// Counts the builds that changed something; pages embed it so that a page knows it is stale.
    var generation: Int

    /// Makes a snapshot of a successful preview build.
    init(files: [PreviewFile], generation: Int) {
        var resources: [String: Resource] = [:]
        for file in files {
            resources[file.path] = Resource(
                contents: file.contents, contentType: ContentType.of(path: file.path),
                tag: ContentType.tag(of: file.contents))
        }
        self.resources = resources
        self.generation = generation
    }

    /// What changed since an earlier snapshot.
    enum Change: Equatable {
        case none
        /// Only stylesheets changed: open pages restyle without reloading.
        case stylesOnly
        case pages
    }

    /// Compares with the snapshot this one replaces.
    func change(since earlier: SiteSnapshot?) -> Change {
        guard let earlier else { return .pages }
        guard Set(resources.keys) == Set(earlier.resources.keys) else { return .pages }
        let changed = resources.filter { earlier.resources[$0.key]?.tag != $0.value.tag }.keys
        if changed.isEmpty { return .none }
        return changed.allSatisfy { $0.hasSuffix(".css") } ? .stylesOnly : .pages
    }
}
