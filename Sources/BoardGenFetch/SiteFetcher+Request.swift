import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension SiteFetcher.Crawl {
    /// What one GET brought: the final response (after redirects) and its body, or why not.
    enum Answer: Sendable {
        case success(HTTPURLResponse, Data)
        case failure(String)
    }

    /// One GET through Foundation's URLSession (libcurl on Linux), waited for synchronously: the
    /// crawl reads one page at a time, and the session's own timeouts bound the wait.
    static func get(_ url: URL, session: URLSession, limit: Int) -> Answer {
        let result = Mutex<Answer?>(nil)
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: URLRequest(url: url)) { data, response, error in
            let answer: Answer
            if let error {
                answer = .failure(describe(error))
            } else if let response = response as? HTTPURLResponse, let data {
                answer =
                    data.count > limit ? .failure("larger than \(limit / 1024 / 1024) MiB") : .success(response, data)
            } else {
                answer = .failure("no HTTP answer")
            }
            result.withLock { $0 = answer }
            done.signal()
        }
        task.resume()
        done.wait()
        return result.withLock { $0 } ?? .failure("no answer")
    }

    static func describe(_ error: Error) -> String {
        guard let error = error as? URLError else { return error.localizedDescription }
        switch error.code {
        case .timedOut: return "no answer within the time allowed (timeout)"
        case .httpTooManyRedirects: return "the redirects never end (a redirect loop)"
        case .cannotConnectToHost, .cannotFindHost, .networkConnectionLost, .notConnectedToInternet:
            return "the server cannot be reached (\(error.localizedDescription))"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return "the TLS connection failed: \(error.localizedDescription)"
        default: return error.localizedDescription
        }
    }
}
