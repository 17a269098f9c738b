import BoardGenDiagnostics
import BoardGenModel
import BoardGenRender
import Foundation

/// Renders pieces of a regulation's Markdown (marked rules, the sheets of a full text) for a
/// notice, through the same renderer as the regulation's page. Findings about the text were
/// already reported for the page, so they are not reported twice. Element ids are left out (a
/// timetable or desk may hang on the printed board twice), and links relative to the
/// regulation's page are made relative to the board's pages.
struct NoticeExcerpts {
    let body: RegulationBody

    /// A renderer for the notices of one build.
    init(site: Site, views: ViewFactory, templates: TemplateSet) {
        let pages = PageContext(site: site, labels: views.labels)
        let context = PreparedContext(pages.make(title: "", depth: 1, current: nil))
        body = RegulationBody(site: site, views: views, templates: templates, shared: context, sink: DiagnosticSink())
    }

    /// The HTML of `markdown`, a piece of `regulation`'s body.
    func render(_ markdown: String, of regulation: Regulation) -> String {
        var piece = regulation
        piece.body = markdown
        return Self.forBoard(body.render(piece))
    }
}

private extension NoticeExcerpts {
    /// Drops `id` attributes and points links of the regulation's folder at it from `board/`.
    static func forBoard(_ html: String) -> String {
        var result = html.replacing(#/\sid="[^"]*"/#, with: "")
        result = result.replacing(#/\shref="([^"]*)"/#) { match in
            let target = String(match.output.1)
            let isLocal = !target.hasPrefix("#") && !target.hasPrefix("/") && !target.hasPrefix("../")
                && !target.contains(":")
            return isLocal ? " href=\"../regulations/\(target)\"" : String(match.output.0)
        }
        return result
    }
}
