import BoardGenDiagnostics
import BoardGenHTML
import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension SiteFetcher {
    /// One crawl: the queue of pages to read, what was read, and the clock.
    struct Crawl {
        let fetcher: SiteFetcher
        private var queue: [URL] = []
        private var queued: Set<String> = []
        private var assets: Set<String> = []
        private var findings: [Diagnostic] = []
        private let session: URLSession
        private let deadline: Date

        init(fetcher: SiteFetcher) {
            self.fetcher = fetcher
            let configuration = URLSessionConfiguration.ephemeral
            configuration.timeoutIntervalForRequest = fetcher.limits.secondsPerRequest
            configuration.timeoutIntervalForResource = fetcher.limits.secondsPerRequest
            configuration.httpMaximumConnectionsPerHost = 1
            configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
            session = URLSession(configuration: configuration)
            deadline = Date().addingTimeInterval(fetcher.limits.totalSeconds)
        }

        mutating func run(_ visit: (String, Data) -> Void, asset: ((String, Data) -> Void)?) -> [Diagnostic] {
            enqueue(fetcher.start)
            var count = 0
            while !queue.isEmpty {
                guard count < fetcher.limits.maxPages, Date() < deadline else {
                    report(.crawlLimitReached, fetcher.start, limitMessage(read: count))
                    break
                }
                let url = queue.removeFirst()
                count += 1
                guard let (path, data) = fetchPage(url) else { continue }
                visit(path, data)
                let (pages, files) = links(in: data, of: url)
                pages.forEach { enqueue($0) }
                if let asset { files.forEach { fetchAsset($0, asset) } }
            }
            session.invalidateAndCancel()
            return findings
        }
    }
}

private extension SiteFetcher.Crawl {
    mutating func enqueue(_ url: URL) {
        guard let path = fetcher.pagePath(of: url), path.hasSuffix(".html"), queued.insert(path).inserted else {
            return
        }
        queue.append(url)
    }

    /// The page's path and bytes, or nil after reporting why a reader would not get it.
    mutating func fetchPage(_ url: URL) -> (String, Data)? {
        let answer = Self.get(url, session: session, limit: fetcher.limits.maxBytesPerPage)
        switch answer {
        case .failure(let reason):
            report(.requestFailed, url, "\(url.absoluteString) could not be fetched: \(reason)")
            return nil
        case .success(let response, let data):
            guard let final = response.url, let path = fetcher.pagePath(of: final) else {
                report(
                    .redirectedOffSite, url,
                    "\(url.absoluteString) redirects to \(response.url?.absoluteString ?? "?"), outside the site")
                return nil
            }
            guard response.statusCode == 200 else {
                report(.pageNotFetched, url, "\(url.absoluteString) answered HTTP \(response.statusCode)")
                return nil
            }
            let type = (response.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
            guard type.hasPrefix("text/html") || type.hasPrefix("application/xhtml+xml") else {
                report(.pageNotHTML, url, "\(url.absoluteString) is sent as '\(type)', not as an HTML page")
                return nil
            }
            return (path, data)
        }
    }

    /// Links of a page that a reader can follow (`a href` shown on the page), and the files the
    /// page loads to be rendered (stylesheets, scripts, images, icons), as absolute URLs.
    func links(in data: Data, of page: URL) -> (pages: [URL], files: [URL]) {
        let root = HTMLDocument.parse(bytes: data)
        var pages: [URL] = []
        root.visibleDescendants { element, _ in
            guard element.tag == "a", let href = element.attributes["href"] else { return }
            if let url = Self.resolve(href, against: page) { pages.append(url) }
        }
        var files: [URL] = []
        Self.walk(root) { element in
            let reference: String? =
                switch element.tag {
                case "link": element.attributes["href"]
                case "script", "img", "source": element.attributes["src"]
                default: nil
                }
            if let reference, let url = Self.resolve(reference, against: page) { files.append(url) }
        }
        return (pages, files)
    }

    /// Fetches one file a page needs, once; a stylesheet's own `@import` and `url(…)` follow.
    mutating func fetchAsset(_ url: URL, _ asset: (String, Data) -> Void) {
        guard let path = fetcher.assetPath(of: url), assets.insert(path).inserted else { return }
        switch Self.get(url, session: session, limit: fetcher.limits.maxBytesPerPage) {
        case .failure(let reason):
            report(.requestFailed, url, "\(url.absoluteString) could not be fetched: \(reason)")
        case .success(let response, let data):
            guard response.statusCode == 200 else {
                report(.pageNotFetched, url, "\(url.absoluteString) answered HTTP \(response.statusCode)")
                return
            }
            asset(path, data)
            guard path.hasSuffix(".css") else { return }
            for reference in Self.stylesheetReferences(in: String(decoding: data, as: UTF8.self)) {
                if let next = Self.resolve(reference, against: url) { fetchAsset(next, asset) }
            }
        }
    }

    static func resolve(_ reference: String, against base: URL) -> URL? {
        guard var components = URLComponents(string: reference.trimmingCharacters(in: .whitespaces)) else {
            return nil
        }
        components.fragment = nil
        components.query = nil
        return components.url(relativeTo: base)?.absoluteURL
    }

    /// Every element under `element`, hidden or not (a stylesheet link sits in `head`).
    static func walk(_ element: HTMLElement, _ body: (HTMLElement) -> Void) {
        body(element)
        for child in element.childElements { walk(child, body) }
    }

    /// The addresses a stylesheet loads: `@import "…"` and `url(…)`, `data:` left out.
    static func stylesheetReferences(in css: String) -> [String] {
        let pattern = /(?:url\(\s*['"]?([^'")\s]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"])/
        return css.matches(of: pattern).compactMap { match in
            let reference = String(match.output.1 ?? match.output.2 ?? "")
            return reference.isEmpty || reference.lowercased().hasPrefix("data:") ? nil : reference
        }
    }

    mutating func report(_ code: DiagnosticCode, _ url: URL, _ message: String) {
        findings.append(Diagnostic(code, message, at: SourceLocation(file: url.absoluteString)))
    }

    func limitMessage(read: Int) -> String {
        let limits = fetcher.limits
        return "stopped after \(read) pages and \(Int(limits.totalSeconds - deadline.timeIntervalSinceNow)) s "
            + "(limits: \(limits.maxPages) pages, \(Int(limits.totalSeconds)) s); \(queue.count) linked pages were not "
            + "judged: start --url at the folder of boardgen's pages, or raise --url-max-pages / --url-seconds"
    }
}
