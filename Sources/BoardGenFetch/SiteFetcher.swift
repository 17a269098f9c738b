import BoardGenDiagnostics
import BoardGenHTML
import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Reads a deployed site over HTTP(S), the way a reader's browser reaches it: from the start
/// address, following the site's own links (same scheme, host and port, below the start path),
/// one page at a time, within bounded time and page count. Every HTML page is handed to `visit`
/// under its path relative to the start (`contacts.html`, `board/index.html`); every fault is a
/// finding, never a hang or a crash.
package struct SiteFetcher: Sendable {
    /// Bounds that keep a misconfigured site from holding CI.
    package struct Limits: Sendable {
        package var maxPages = 2_000
        package var secondsPerRequest = 10.0
        package var totalSeconds = 300.0
        package var maxBytesPerPage = 8 * 1024 * 1024

        /// The defaults: 2,000 pages, 10 s per request, 5 minutes in all, 8 MiB per page.
        package init() {}
    }

    /// The site's start address, ending in `/` (the folder that holds index.html).
    package let start: URL
    package let limits: Limits

    /// A fetcher for the site at `start` (an `index.html` at the end is the folder's index).
    package init(start: URL, limits: Limits = Limits()) {
        var text = start.absoluteString
        if text.hasSuffix("/index.html") { text.removeLast("index.html".count) }
        if !text.hasSuffix("/") { text += "/" }
        self.start = URL(string: text) ?? start
        self.limits = limits
    }

    /// Fetches the site, calling `visit` for each HTML page; returns the findings. With `asset`,
    /// the files the pages need to be rendered (stylesheets, scripts, images, and what a
    /// stylesheet imports) are fetched too, once each, and handed to it: a browser judges the
    /// deployed pages with them.
    package func fetch(
        _ visit: (_ path: String, _ contents: Data) -> Void,
        asset: ((_ path: String, _ contents: Data) -> Void)? = nil
    ) -> [Diagnostic] {
        var crawl = Crawl(fetcher: self)
        return crawl.run(visit, asset: asset)
    }

    /// The page path of a URL inside the site, or nil outside it (another host, above the start).
    package func pagePath(of url: URL) -> String? {
        guard url.scheme?.lowercased() == start.scheme?.lowercased(),
            url.host?.lowercased() == start.host?.lowercased(),
            url.port == start.port
        else { return nil }
        let path = url.path(percentEncoded: false), base = start.path(percentEncoded: false)
        guard path.hasPrefix(base) || path + "/" == base else { return nil }
        let relative = String(path.dropFirst(min(base.count, path.count)))
        return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
    }

    /// The path of a file the site links to (a stylesheet, a script, an image), or nil when it is
    /// outside the site or would leave the folder it is written to.
    package func assetPath(of url: URL) -> String? {
        guard let path = pagePath(of: url), !path.hasSuffix("index.html") || url.path.hasSuffix("index.html"),
            !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." })
        else { return nil }
        return path
    }
}
