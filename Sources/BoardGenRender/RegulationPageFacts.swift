import BoardGenModel

/// What a regulation's page reads of the other regulations, written out in full for the build cache: the kinds
/// of document the site publishes (the menu's and the heading's "Регламенты" or "Документы") and every appendix
/// form (a `form` directive may print another document's form, and suggests the known ids when one is unknown).
/// Nothing else of another regulation reaches a regulation's page: its template and its partials get the page's
/// context and its own view (`SiteRenderer.renderRegulation`). So editing one document's title, approval or
/// deadlines renders its own page, the site-wide pages and the board again, not every other document's page.
package enum RegulationPageFacts {
    /// The facts as text; equal texts mean the regulation pages read the same of each other.
    package static func describe(_ site: Site) -> String {
        var text = "kinds " + site.documentKinds.map(\.rawValue).joined(separator: ",") + "\n"
        // In the site's order: the first form with an id wins.
        for regulation in site.regulations {
            for form in regulation.appendices {
                text += "form \(describe(form))\n"
            }
        }
        return text
    }

    /// Every field of a form, written out (`String(reflecting:)` did the same at a tenth of a rebuild's
    /// time on a site with 10,000 forms; `RegulationPageFactsTests` fails when `LogForm` gains a field).
    static func describe(_ form: LogForm) -> String {
        let separator = "\u{1F}"
        return [
            form.id, form.label ?? "\u{0}", form.title, form.columns.joined(separator: "\u{1E}"), String(form.rows),
            form.location.description,
        ].joined(separator: separator)
    }
}
