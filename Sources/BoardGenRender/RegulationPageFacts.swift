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
        var text = "kinds " + Set(site.regulations.map(\.kind)).sorted().map(\.rawValue).joined(separator: ",") + "\n"
        // In the site's order: the first form with an id wins.
        for regulation in site.regulations {
            for form in regulation.appendices {
                text += "form \(String(reflecting: form))\n"
            }
        }
        return text
    }
}
