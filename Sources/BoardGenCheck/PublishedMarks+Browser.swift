import BoardGenHTML
import BoardGenModel

extension PublishedMarks {
    /// The items every page of `check --browser` is asked about: the required items' marks.
    package var requiredMarks: [String] { expectations.keys.map(\.mark).sorted() }

    /// Pages where a required item was judged: the pages worth rendering in a browser.
    package var judgedPages: Set<String> { state.withLock { $0.judgedPages } }

    /// Judges what Chromium rendered of a page on top of the markup's judgement: an item judged
    /// shown on the page stays shown only if one of its rendered elements shows it to a reader,
    /// judged by the same rules (the rendered text is fed back to `judge`).
    package func overrule(page: String, rendered: [RenderedItem]) {
        var verdicts: [PublishedItem: (path: String, problem: String?)] = [:]
        for element in rendered {
            guard let item = PublishedItem(mark: element.mark), let expected = expectations[item],
                verdicts[item].map({ $0.problem != nil }) ?? true
            else { continue }
            let problem = Self.judge(element, against: expected)
            if verdicts[item] == nil || problem == nil { verdicts[item] = (element.path, problem) }
        }
        state.withLock { state in
            for item in state.itemsShown(on: page) {
                guard let verdict = verdicts[item] else {
                    state.overrule(item, on: page, path: "", problem: "is not on the page once its scripts have run")
                    continue
                }
                if let problem = verdict.problem {
                    state.overrule(item, on: page, path: verdict.path, problem: problem)
                }
            }
        }
    }

    /// Judges the sheets Chromium printed of a notice page (`board/ID.html`: every item it shows
    /// must be on its one sheet) or of the printed board (`board/print.html`: sheet N holds the
    /// Nth of `notices`, and every item must be on the sheet of a notice that shows it).
    package func overrule(printed: PrintedPage, notices: [String]) {
        state.withLock { state in
            let onNotice = notices.map { state.items(on: "board/\($0).html") }
            for item in state.itemsShown(on: printed.page) {
                let texts = expectations[item]?.printedTexts ?? []
                let problem =
                    printed.page == "board/print.html"
                    ? Self.printedBoardProblem(
                        printed, texts: texts, sheets: onNotice.indices.filter { onNotice[$0].contains(item) },
                        notices: notices)
                    : Self.sheetProblem(printed, texts: texts)
                if let problem { state.overrule(item, on: printed.page, path: "", problem: problem) }
            }
        }
    }
}

private extension PublishedMarks {
    /// The markup's judgement of the element as Chromium rendered it; when it fails and text was
    /// left out because a reader cannot read it, the reason is named.
    static func judge(_ element: RenderedItem, against expected: ExpectedContent) -> String? {
        if let problem = element.problem { return problem }
        guard let marked = first(in: HTMLDocument.parse(element.html), marked: element.mark) else {
            return "is not rendered"
        }
        guard let wrong = judge(marked, against: expected) else { return nil }
        let wanted = expected.printedTexts.map(\.collapsingWhiteSpace)
        let relevant = element.drops.first { drop in
            let text = drop.text.collapsingWhiteSpace
            return wanted.contains { $0.contains(text) || text.contains($0) }
        }
        guard let dropped = relevant ?? element.drops.first else { return wrong }
        return "\(wrong), because its text '\(dropped.text)' (\(dropped.path)) \(dropped.problem)"
    }

    static func first(in element: HTMLElement, marked mark: String) -> HTMLElement? {
        if element.attributes["data-item"] == mark { return element }
        return element.childElements.lazy.compactMap { first(in: $0, marked: mark) }.first
    }

    /// Why a notice page does not show the texts on its first and only sheet, or nil.
    static func sheetProblem(_ printed: PrintedPage, texts: [String]) -> String? {
        guard !printed.sheet(0, shows: texts) else { return nil }
        guard let index = printed.sheet(showing: texts) else {
            return "is not in the text Chromium prints for \(printed.page)"
        }
        return "is printed on sheet \(index + 1) of \(printed.sheets.count) of \(printed.page)"
    }

    /// Why the printed board does not show the texts on the sheet of a notice that shows the
    /// item, or nil; nothing is said when the sheets are not one per notice (BG501 says that).
    static func printedBoardProblem(
        _ printed: PrintedPage, texts: [String], sheets: [Int], notices: [String]
    ) -> String? {
        guard printed.sheets.count == notices.count, let first = sheets.first,
            !sheets.contains(where: { printed.sheet($0, shows: texts) })
        else { return nil }
        return "is not printed on sheet \(first + 1) of \(printed.sheets.count) (notice '\(notices[first])')"
    }
}
