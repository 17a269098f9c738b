import BoardGenModel

extension PublishedMarks {
    /// Everything seen so far: per page, its links and the items judged on it.
    struct State: Sendable {
        private var links: [String: Set<String>] = [:]
        private var sightings: [PublishedItem: [Sighting]] = [:]
        private var reachable: Set<String>?

        mutating func record(page: String, links pageLinks: Set<String>, sightings seen: [PublishedItem: Sighting]) {
            links[page] = pageLinks
            for (item, sighting) in seen { sightings[item, default: []].append(sighting) }
            reachable = nil
        }

        /// Reachable pages of the place where the item is shown correctly, sorted.
        mutating func pagesShowing(_ item: PublishedItem, in place: PublicationPolicy.Place) -> [String] {
            let reachable = reachablePages()
            return (sightings[item] ?? []).filter { sighting in
                sighting.isShown && reachable.contains(sighting.page) && Self.matches(sighting.page, place)
            }.map(\.page).sorted()
        }

        func isOnPrintedBoard(_ item: PublishedItem) -> Bool {
            (sightings[item] ?? []).contains { $0.isShown && PublishedMarks.place(of: $0.page) == .printedBoard }
        }

        mutating func absence(of item: PublishedItem, in place: PublicationPolicy.Place) -> Absence {
            let reachable = reachablePages()
            let inPlace = (sightings[item] ?? []).filter { Self.matches($0.page, place) }.sorted { $0.page < $1.page }
            if place == .board, inPlace.contains(where: { $0.isShown && reachable.contains($0.page) }) {
                return .notPrinted
            }
            if let wrong = inPlace.first(where: { !$0.isShown && reachable.contains($0.page) }) {
                let (page, path, problem) = (wrong.page, wrong.path.joined(separator: " > "), wrong.result ?? "")
                return wrong.isBrowserVerdict
                    ? .unseenInBrowser(page: page, path: path, problem: problem)
                    : .shownWrongly(page: page, path: path, problem: problem)
            }
            if let orphan = inPlace.first { return .unreachable(page: orphan.page) }
            return .notMarked
        }

        /// The items shown on a page, as judged so far.
        func itemsShown(on page: String) -> [PublishedItem] {
            sightings.compactMap { item, seen in seen.contains { $0.page == page && $0.isShown } ? item : nil }.sorted()
        }

        /// The items judged on a page, shown or not.
        func items(on page: String) -> Set<PublishedItem> {
            Set(sightings.compactMap { item, seen in seen.contains { $0.page == page } ? item : nil })
        }

        /// Every page where a required item was judged, shown or not.
        var judgedPages: Set<String> { Set(sightings.values.flatMap { $0.map(\.page) }) }

        /// Records the browser's verdict that an item judged shown on a page is not seen there
        /// by a reader; `path` is where the browser found it (empty: keep the markup's path).
        mutating func overrule(_ item: PublishedItem, on page: String, path: String, problem: String) {
            guard let seen = sightings[item], let index = seen.firstIndex(where: { $0.page == page && $0.isShown })
            else { return }
            sightings[item]?[index] = Sighting(
                page: page, path: path.isEmpty ? seen[index].path : path.components(separatedBy: " > "),
                result: problem, isBrowserVerdict: true)
        }

        /// Pages a reader reaches by links from the website's and the board's index pages.
        private mutating func reachablePages() -> Set<String> {
            if let reachable { return reachable }
            var found: Set<String> = []
            var queue = ["index.html", "board/index.html"].filter { links[$0] != nil }
            while let page = queue.popLast() {
                guard found.insert(page).inserted else { continue }
                queue += (links[page] ?? []).filter { !found.contains($0) }
            }
            // The printed board is what the secretary prints: it counts without a link to it.
            if links["board/print.html"] != nil { found.insert("board/print.html") }
            reachable = found
            return found
        }

        private static func matches(_ page: String, _ place: PublicationPolicy.Place) -> Bool {
            switch (PublishedMarks.place(of: page), place) {
            case (.site, .site), (.board, .board): true
            default: false
            }
        }
    }
}
