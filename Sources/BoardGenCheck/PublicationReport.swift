import BoardGenRender
import BoardGenSupport

/// The opt-in publication report (`boardgen build --report` → `report.html`): every required item
/// × website × board, with the pages where it was found, and the findings of the check.
package struct PublicationReport {
    let result: CheckResult
    let templates: TemplateSet
    package let pages: PageContext

    package func makeFile() -> OutputFile {
        var context = pages.make(title: "Publication report", depth: 0, current: nil)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        context["summary"] =
            "\(result.rows.count) required items; \(errors) errors, \(result.diagnostics.count - errors) warnings"
        context["rows"] = result.rows.map { row -> [String: Any] in
            let missing = row.site?.isEmpty == true || row.board?.isEmpty == true
            return [
                "item": row.item, "description": row.description, "audiences": row.audiences.joined(separator: ", "),
                "siteCell": cell(row.site), "boardCell": cell(row.board), "isMissing": missing,
            ]
        }
        context["findings"] = result.diagnostics.map(\.formatted)
        return OutputFile(path: "report.html", text: templates.render("report", context))
    }

    /// Links to the pages where the item was found, "missing", or "not required"; our own HTML, escaped.
    private func cell(_ found: [String]?) -> String {
        guard let found else { return "<span class=\"report-na\">not required</span>" }
        guard !found.isEmpty else { return "<strong class=\"report-gap\">MISSING</strong>" }
        return found.map { "<a href=\"\(PublishedMarks.escape($0))\">\(PublishedMarks.escape($0))</a>" }.joined(
            separator: "<br>")
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        result: CheckResult,
        templates: TemplateSet,
        pages: PageContext
    ) {
        self.result = result
        self.templates = templates
        self.pages = pages
    }
}
