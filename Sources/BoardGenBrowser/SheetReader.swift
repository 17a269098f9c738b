import BoardGenCheck
import Foundation
import Synchronization

/// Reads the PDFs Chromium printed with poppler on other threads while the browser goes on with
/// the next page (starting two tools per PDF costs more time waiting than working).
final class SheetReader: Sendable {
    private let poppler: Poppler
    private let group = DispatchGroup()
    private let outcomes = Mutex<[Result<PrintedPage, BrowserFailure>]>([])

    /// A reader using these tools.
    init(poppler: Poppler) {
        self.poppler = poppler
    }

    /// Starts reading one printed page; the file must stay until `pages()` or `wait()` returns.
    func read(_ pdf: URL, page: String) {
        group.enter()
        DispatchQueue.global().async { [self] in
            let outcome = Result { () throws(BrowserFailure) in
                PrintedPage(page: page, sheets: try poppler.sheets(of: pdf, page: page))
            }
            outcomes.withLock { $0.append(outcome) }
            group.leave()
        }
    }

    /// Waits for every read to end.
    func wait() { group.wait() }

    /// The printed pages by path, once all are read; the first failure instead, if any.
    func pages() throws(BrowserFailure) -> [PrintedPage] {
        wait()
        let all = outcomes.withLock { $0 }
        var pages: [PrintedPage] = []
        for outcome in all { pages.append(try outcome.get()) }
        return pages.sorted { $0.page < $1.page }
    }
}
