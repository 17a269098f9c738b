import BoardGenBoard
import BoardGenCheck
import BoardGenDiagnostics
import BoardGenModel
import BoardGenRender
import BoardGenSupport
import BoardGenWrite
import Foundation
import ScheduleModel

/// Which notices must be reprinted: those whose printed content differs from an earlier build.
public enum BoardComparison {
    /// Notice ids (in board order) whose sheet differs from the earlier one, or that are new.
    /// The print date is ignored: a sheet is not "changed" only because it would be printed today;
    /// nor is a desk's worked example of its response times, which is dated from today.
    public static func changedNotices(
        current: [String: String], order: [String], previous: [String: String]
    ) -> [String] {
        order.filter { id in
            guard let old = previous[id] else { return true }
            return printedContent(old) != printedContent(current[id] ?? "")
        }
    }

    /// The notice article without its print-date line and without the dates of its worked example.
    static func printedContent(_ html: String) -> String {
        html.split(separator: "\n").filter { !$0.contains("class=\"notice-printed\"") }.joined(separator: "\n")
            .replacingOccurrences(
                of: #"<dd class="response-example[^"]*">.*?</dd>"#, with: "", options: .regularExpression)
    }

    /// Notice id → its page text, from a set of output files (`board/<id>.html`).
    public static func noticePages(_ files: [String: String], ids: [String]) -> [String: String] {
        var pages: [String: String] = [:]
        for id in ids { pages[id] = files["board/\(id).html"] }
        return pages
    }
}
