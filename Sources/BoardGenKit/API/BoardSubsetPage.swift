import BoardGenBoard
import BoardGenCheck
import BoardGenDiagnostics
import BoardGenModel
import BoardGenRender
import BoardGenSupport
import BoardGenWrite
import Foundation
import ScheduleModel

/// A printable page holding only some notices, for `boardgen board --since … --pdf`: the
/// notices are taken from their own pages and a `<base>` points back at the board folder.
public enum BoardSubsetPage {
    /// The page text.
    public static func make(from board: URL, ids: [String]) throws -> String {
        let printPage = try String(contentsOf: board.appendingPathComponent("print.html"), encoding: .utf8)
        let articles = try ids.map { id -> String in
            let page = try String(contentsOf: board.appendingPathComponent("\(id).html"), encoding: .utf8)
            return article(in: page)
        }
        guard let mainStart = printPage.range(of: "<main>"), let mainEnd = printPage.range(of: "</main>") else {
            return printPage
        }
        let head = printPage[..<mainStart.upperBound].replacingOccurrences(
            of: "<head>", with: "<head>\n<base href=\"\(board.absoluteString)/\">")
        return head + "\n" + articles.joined(separator: "\n") + "\n" + printPage[mainEnd.lowerBound...]
    }

    private static func article(in page: String) -> String {
        guard let start = page.range(of: "<article"), let end = page.range(of: "</article>", options: .backwards) else {
            return ""
        }
        return String(page[start.lowerBound..<end.upperBound])
    }
}
