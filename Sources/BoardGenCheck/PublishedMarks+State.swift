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
                return .shownWrongly(
                    page: wrong.page, path: wrong.path.joined(separator: " > "), problem: wrong.result ?? "")
            }
            if let orphan = inPlace.first { return .unreachable(page: orphan.page) }
            return .notMarked
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
