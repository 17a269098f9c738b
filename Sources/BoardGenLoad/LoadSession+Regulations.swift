import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport
import ScheduleModel

/// Decoding `regulations/*.md`.
extension LoadSession {
    /// Reads and decodes the regulation files on all cores (each file is independent; decoding only
    /// reads the session's settings and reports into the thread-safe sink), then drops duplicates.
    package func loadRegulations() -> [Regulation] {
        let session = self
        let paths = folder.files(in: "regulations", withExtension: "md")
        let calendar = calendarForParsing
        let decoded = paths.parallelMap { path -> Regulation? in
            if let seeded = session.memo?.seededRegulation(of: path, for: session) { return seeded }
            guard let source = session.folder.read(path) else { return nil }
            guard let memo = session.memo else { return session.decodeWhole(source) }
            return memo.value(of: source, calendar: calendar, for: session) { $0.decodeWhole(source) }
        }
        memo?.keep(only: paths, in: "regulations")
        var pathsBySlug = [String: String](minimumCapacity: paths.count)
        return decoded.compactMap { $0 }.filter { regulation in
            if let other = pathsBySlug[regulation.id] {
                sink.report(
                    .duplicateID,
                    "duplicate regulation slug '\(regulation.id)' (also used by \(other)); set a different 'slug'",
                    at: regulation.slugLocation ?? regulation.location)
                return false
            }
            pathsBySlug[regulation.id] = regulation.path
            return true
        }
    }
}

extension LoadSession {
    /// A regulation's file: its example values reported, then decoded.
    func decodeWhole(_ source: SourceText) -> Regulation? {
        reportExampleValues(in: source)
        return decodeRegulation(source)
    }

    func decodeRegulation(_ source: SourceText) -> Regulation? {
        let path = source.path
        let parts: FrontMatter
        switch FrontMatter.split(source.text, path: path) {
        case .failure(let diagnostic): sink.report(diagnostic); return nil
        case .success(let split): parts = split
        }
        let parsed = YAMLNode.parse(parts.yaml, path: path, lineOffset: 1)
        guard case .success(let node) = parsed else {
            if case .failure(let diagnostic) = parsed { sink.report(diagnostic) }
            return nil
        }
        guard let node else {
            sink.report(
                .missingKey, "the front matter is empty; it needs at least 'title'",
                at: SourceLocation(file: path, line: 2))
            return nil
        }
        guard let object = YAMLObject(node, what: "the front matter", sink: sink) else { return nil }
        defer { object.finish() }
        return makeRegulation(object, parts: parts, path: path)
    }

    func makeRegulation(_ object: YAMLObject, parts: FrontMatter, path: String) -> Regulation? {
        let slug = slug(object, path: path), title = text(object, "title", required: true)
        let kind = documentKind(object)
        guard let slug, let title else {
            _ = (object.object("approval", what: "the approval block").map(decodeApproval), decodeUses(object))
            return nil
        }
        var regulation = Regulation(
            id: slug, title: title, order: object.int("order", in: 0...9999)?.value ?? 100,
            audiences: audiences(object),
            approval: object.object("approval", what: "the approval block").map(decodeApproval),
            uses: decodeUses(object),
            deadlines: uniqueByID(
                object.list("deadlines").compactMap {
                    decodeDeadline($0).map { (item: $0, id: $0.id, location: $0.location) }
                },
                what: "a deadline", file: path),
            appendices: uniqueByID(
                object.list("appendices").compactMap {
                    decodeForm($0).map { (item: $0, id: $0.id, location: $0.location) }
                },
                what: "an appendix form", file: path),
            footnotes: object.list("footnotes").compactMap(decodeFootnote),
            boardNotice: .none, body: parts.body, bodyFirstLine: parts.bodyFirstLine,
            path: path, location: SourceLocation(file: path, line: 2), slugLocation: object.string("slug")?.location)
        regulation.kind = kind
        (regulation.boardNotice, regulation.boardRules) = boardRequest(object, body: parts.body)
        return regulation
    }

    /// The document's kind as the school names it ("положение", "Памятка"); `регламент` by default.
    func documentKind(_ object: YAMLObject) -> DocumentKind {
        guard let text = object.string("kind") else { return .regulation }
        if let kind = DocumentKind(rawValue: text.value.trimmingCharacters(in: .whitespaces).lowercased()) {
            return kind
        }
        let known = DocumentKind.allCases.map(\.rawValue)
        let hint = Suggestion.didYouMean(text.value.lowercased(), in: known).map { "\($0) " } ?? ""
        sink.report(
            .invalidValue,
            "'\(text.value)' is not a document kind; \(hint)use one of: \(known.joined(separator: ", "))",
            at: text.location)
        return .regulation
    }

    func slug(_ object: YAMLObject, path: String) -> String? {
        if object.string("slug") != nil { return id(object, key: "slug") }
        let name = String(path.split(separator: "/").last!.dropLast(3))
        let isSafe =
            !name.isEmpty && name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard isSafe else {
            sink.report(
                .unusableFileName,
                "file name '\(name)' cannot be used as a page name; rename the file using a-z, 0-9 and '-', or set 'slug'",
                at: SourceLocation(file: path))
            return nil
        }
        return name
    }

    /// `board: summary|full|none`, or `board: { notice: summary, rules: ["3.1", "4.2"] }`: the
    /// notice the regulation asks for and the rules of its body it marks for the board.
    func boardRequest(_ object: YAMLObject, body: String) -> (BoardNoticeMode, [NumberedRule]) {
        guard let node = object.node("board") else { return (.none, []) }
        guard case .mapping = node else {
            return (choice(object, "board", default: BoardNoticeMode.none) ?? .none, [])
        }
        guard let board = object.object("board", what: "'board'") else { return (.none, []) }
        defer { board.finish() }
        let mode: BoardNoticeMode = choice(board, "notice", default: .summary) ?? .summary
        let rules = NumberedRule.rules(in: body)
        let marked = board.strings("rules").compactMap { number -> NumberedRule? in
            let wanted = number.value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["."])
            if let rule = rules.first(where: { $0.number == wanted }) { return rule }
            let known = rules.prefix(16).map(\.number).joined(separator: ", ")
            sink.report(
                .unknownReference,
                rules.isEmpty
                    ? "the body has no numbered rules, so rule '\(number.value)' cannot be marked for the board; "
                        + "number the rules as the document does (\"3.1. …\" at the start of a paragraph)"
                    : "the body has no rule numbered '\(number.value)'; write one of: \(known)\(rules.count > 16 ? ", …" : "")",
                at: number.location)
            return nil
        }
        if mode == .full && !marked.isEmpty, let location = board.keyLocation("rules") {
            sink.report(
                .invalidValue,
                "'rules' picks rules for a summary notice; with 'notice: full' the whole text is printed",
                at: location)
        }
        return (mode, marked)
    }

    func decodeApproval(_ object: YAMLObject) -> Approval {
        defer { object.finish() }
        let by = object.object("approved_by", what: "approved_by")
        let order = object.object("order", what: "the order")
        defer { by?.finish(); order?.finish() }
        var approval = Approval(
            preamble: text(object, "preamble"), heading: text(object, "heading"),
            approvedByPosition: by.flatMap { text($0, "position") },
            approvedByName: by.flatMap { text($0, "name") },
            orderNumber: order.flatMap { number($0, "number", required: true) },
            orderDate: order.flatMap { date($0, "date") },
            adoptedWith: object.list("adopted_with").compactMap(decodeAdoption), location: object.location)
        approval.stamps = object.list("stamps").compactMap(decodeStamp)
        approval.approvedByDate = by.flatMap { date($0, "date") }
        return approval
    }

    func decodeStamp(_ node: YAMLNode) -> ApprovalStamp? {
        guard let object = YAMLObject(node, what: "a stamp", sink: sink) else { return nil }
        defer { object.finish() }
        let lines = object.strings("lines", required: true).map(\.value)
        let side = choice(object, "side", default: ApprovalStamp.Side.full) ?? .full
        let kind = choice(object, "kind", default: ApprovalStamp.Kind.approval) ?? .approval
        guard !lines.isEmpty else { return nil }
        return ApprovalStamp(side: side, kind: kind, lines: lines, location: object.location)
    }

    /// A document or protocol number, without a "№" the page adds itself (a warning says so).
    func number(_ object: YAMLObject, _ key: String, required: Bool = false) -> String? {
        guard let located = object.string(key, required: required) else { return nil }
        let value = located.value.hasPlainEnds ? located.value : located.value.trimmingCharacters(in: .whitespaces)
        // Only a value starting with '№' or 'N' can carry the sign; the regular expression (built
        // anew on every call) was most of the cost of loading a regulation.
        guard value.first == "№" || value.first == "N" else { return value }
        let bare = value.replacing(/^(№|N\s?o?\.?|No\.?)\s*/, with: "")
        guard bare != value else { return value }
        sink.report(
            .redundantWord,
            "'\(value)': write the number without '№' (\(key): \"\(bare)\"); the page adds '№' itself, so it would "
                + "print '№ \(value)'", at: located.location)
        return bare
    }

    func decodeAdoption(_ node: YAMLNode) -> Adoption? {
        guard let object = YAMLObject(node, what: "an adoption", sink: sink) else { return nil }
        defer { object.finish() }
        guard let body = text(object, "body", required: true) else { return nil }
        return Adoption(body: body, protocolNumber: number(object, "protocol"), date: date(object, "date"))
    }

    func decodeUses(_ regulation: YAMLObject) -> [UsedItem] {
        guard let object = regulation.object("uses", what: "'uses'") else { return [] }
        defer { object.finish() }
        return UsedItem.Kind.allCases.flatMap { kind in
            references(object, kind.rawValue).map { UsedItem(kind: kind, reference: $0) }
        }
    }

    func decodeFootnote(_ node: YAMLNode) -> Footnote? {
        guard let object = YAMLObject(node, what: "a footnote", sink: sink) else { return nil }
        defer { object.finish() }
        guard let mark = text(object, "mark", required: true), let text = text(object, "text", required: true) else {
            return nil
        }
        return Footnote(mark: mark, text: text)
    }

    func decodeForm(_ node: YAMLNode) -> LogForm? {
        guard let object = YAMLObject(node, what: "an appendix form", sink: sink) else { return nil }
        defer { object.finish() }
        guard let id = id(object), let title = text(object, "title", required: true) else { return nil }
        let columns = object.strings("columns", required: true).map(\.value)
        return LogForm(
            id: id, label: text(object, "label"), title: title, columns: columns,
            rows: object.int("rows", in: 1...60)?.value ?? 15, location: object.location)
    }
}

extension LoadSession {
    /// `{ id, title, before_end: {amount, unit} | after_start: {…} | every: {times, per: week} }`.
    func decodeDeadline(_ node: YAMLNode) -> DeadlineSpec? {
        guard let object = YAMLObject(node, what: "a deadline", sink: sink) else { return nil }
        defer { object.finish() }
        guard let id = id(object), let title = text(object, "title", required: true) else { return nil }
        let kinds = ["before_end", "after_start", "every"].filter { object.has($0) }
        guard kinds.count == 1 else {
            sink.report(
                ScheduleCode.badDeadline, "deadline '\(id)' needs exactly one of before_end, after_start or every",
                at: object.location)
            return nil
        }
        guard let rule = deadlineRule(object, key: kinds[0]) else { return nil }
        return DeadlineSpec(id: id, title: title, rule: rule, location: object.location)
    }

    private func deadlineRule(_ object: YAMLObject, key: String) -> DeadlineRule? {
        guard let spec = object.object(key, what: "'\(key)'", required: true) else { return nil }
        defer { spec.finish() }
        if key == "every" {
            guard let times = spec.int("times", in: 1...7) else { return nil }
            if let per = spec.string("per"), per.value != "week" {
                sink.report(ScheduleCode.badDeadline, "only 'per: week' is supported", at: per.location)
            }
            return DeadlineRule(kind: .atLeastPerWeek(times: times.value))
        }
        guard let amount = spec.int("amount", in: 0...365)?.value else {
            sink.report(ScheduleCode.badDeadline, "'\(key)' needs 'amount'", at: spec.location)
            return nil
        }
        let unitNames: [String: DeadlineRule.Unit] = ["days": .days, "weeks": .weeks, "working_days": .workingDays]
        guard let unitText = spec.string("unit", required: true), let unit = unitNames[unitText.value] else {
            if let unitText = spec.string("unit") {
                sink.report(
                    ScheduleCode.badDeadline, "unknown unit '\(unitText.value)'; use days, weeks or working_days",
                    at: unitText.location)
            }
            return nil
        }
        let kind: DeadlineRule.Kind =
            key == "before_end" ? .beforeEnd(amount: amount, unit: unit) : .afterStart(amount: amount, unit: unit)
        return DeadlineRule(kind: kind, movesToPreviousWorkingDay: spec.bool("move_to_working_day")?.value ?? false)
    }
}

private extension String {
    /// True when the text starts and ends with a printable ASCII character, which trimming
    /// whitespace leaves as it is (Foundation's trimming is slow for the numbers of every regulation).
    var hasPlainEnds: Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
    }
}
