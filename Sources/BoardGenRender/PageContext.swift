import BoardGenModel

/// Builds the data every page template receives: the site, labels, navigation and the
/// relative path back to the site root, so that `public/` works from `file://` and any sub-path.
package struct PageContext {
    let site: Site
    package let labels: Labels
    /// The menu's and the index's name for the site's documents ("Регламенты", or "Документы"
    /// when several kinds are published). Worked out once: every page's context shows it, and the
    /// kinds are those of every regulation (a board of 10,000 notices took 10,000 × 10,000 steps).
    package let documentsTitle: String

    /// A page's context; `depth` is how many folders below the output root the page is.
    package func make(title: String, depth: Int, current: String?) -> [String: Any] {
        let root = String(repeating: "../", count: depth)
        var context: [String: Any] = [
            "lang": site.settings.language.rawValue,
            "title": title,
            "root": root,
            "labels": labels.mustacheTable,
            "site": siteInfo,
            "nav": navigation(root: root, current: current),
            "documentsTitle": documentsTitle,
        ]
        // Absent, not "", without a school year: the footer then ends with the system, not with " · ".
        if let year = site.settings.schoolYear?.name { context["schoolYear"] = year }
        return context
    }

    /// Makes the context of a site's pages.
    package init(
        site: Site,
        labels: Labels
    ) {
        self.site = site
        self.labels = labels
        self.documentsTitle = labels.documentsMenu(Set(site.documentKinds))
    }
}

private extension PageContext {
    var siteInfo: [String: Any] {
        let settings = site.settings
        var info: [String: Any] = [
            "shortName": settings.shortName, "systemName": settings.systemName, "url": settings.url,
        ]
        if let fullName = settings.fullName { info["fullName"] = fullName }
        if let address = settings.address { info["address"] = address }
        return info
    }

    func navigation(root: String, current: String?) -> [[String: Any]] {
        var items: [(String, String)] = [("index.html", labels.home), ("contacts.html", labels.contacts)]
        if site.timetables.contains(where: \.isPublished) { items.append(("timetable.html", labels.timetable)) }
        if !site.desks.isEmpty { items.append(("support.html", labels.support)) }
        if !site.regulations.isEmpty { items.append(("regulations/index.html", documentsTitle)) }
        items.append(("board/index.html", labels.board))
        return items.map {
            [
                "href": root + $0.0, "title": $0.1,
                "isCurrent": $0.0 == current
                    || (current?.hasPrefix("regulations/") == true && $0.0 == "regulations/index.html"),
            ]
        }
    }
}
