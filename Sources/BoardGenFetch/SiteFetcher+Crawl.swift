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

        mutating func run(_ visit: (String, Data) -> Void) -> [Diagnostic] {
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
                links(in: data, of: url).forEach { enqueue($0) }
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

    /// Links of a page that stay inside the site.
    func links(in data: Data, of page: URL) -> [URL] {
        var found: [URL] = []
        HTMLDocument.parse(String(decoding: data, as: UTF8.self)).visibleDescendants { element, _ in
            guard element.tag == "a", let href = element.attributes["href"],
                var components = URLComponents(string: href)
            else { return }
            components.fragment = nil
            components.query = nil
            if let url = components.url(relativeTo: page)?.absoluteURL { found.append(url) }
        }
        return found
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
