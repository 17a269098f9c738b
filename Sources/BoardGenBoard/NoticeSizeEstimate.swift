import BoardGenModel
import BoardGenRender
import BoardGenSupport
import Foundation

/// Estimates how tall a notice will print, in millimetres, from its content and the floors of the type sizes
/// of `Templates/assets/board.css` (body 16 pt, title 20 pt: the smallest type notice-fit.js gives a sheet), so
/// that a notice that would not fit on one A4 sheet even then is refused at build time (BG501). The Chromium
/// print tests keep it honest.
struct NoticeSizeEstimate {
    /// Page height minus margins (12 mm each side), in mm.
    static let portraitHeight = 297.0 - 24
    static let landscapeHeight = 210.0 - 24
    static let portraitWidth = 210.0 - 24
    static let landscapeWidth = 297.0 - 24
    /// The footer: QR code, approval line, validity and print date.
    static let footerHeight = 34.0
    /// Chromium-measured heights ran up to 25 % above the raw estimate; refuse early rather than late.
    static let safetyFactor = 1.25

    let notice: NoticeView
    /// The notice's kind decides which of its parts are measured.
    let kind: NoticeSpec.Kind

    /// The available height for this notice's orientation.
    var availableHeight: Double { notice.isLandscape ? Self.landscapeHeight : Self.portraitHeight }

    /// The estimated height of everything on the sheet.
    var estimatedHeight: Double {
        let width = notice.isLandscape ? Self.landscapeWidth : Self.portraitWidth
        let title = text(notice.title, points: 20, width: width) + 4
        let audience = notice.audience.map { text($0, points: 17, width: width) } ?? 0
        // Every kind names the parts it prints, so a new kind does not compile until it is measured.
        // Ruled form rows have a fixed height; only flowing text needs the safety margin.
        let (flowing, ruled): (Double, Double) =
            switch kind {
            case .contacts: (audience + channels(notice.channels, width: width, columns: notice.isLandscape ? 3 : 2), 0)
            case .timetable: (notice.timetable.map { timetable($0, width: width) } ?? 0, 0)
            case .desk, .tell: (notice.desk.map { desk($0, width: width) } ?? 0, 0)
            case .regulation:
                (
                    audience + deadlines(width: width)
                        + channels(notice.channels, width: width, columns: 2)
                        + (notice.rules.isEmpty ? 0 : 12) + notice.rules.reduce(0) { $0 + html($1, width: width) },
                    0
                )
            case .document: (audience + (notice.documentHTML.map { html($0, width: width) } ?? 0), 0)
            case .form:
                (
                    0,
                    notice.form.map {
                        14 + Double($0.rows.count) * Self.formRowHeight + headerRow($0.columns, width: width)
                    } ?? 0
                )
            }
        // Measured against chromium: wrapping in narrow columns costs more than the average suggests.
        return Self.footerHeight + ruled + (title + flowing) * Self.safetyFactor
    }

    /// How many more ruled form rows fit below the current content.
    var rowsThatFit: Int {
        max(Int((availableHeight - estimatedHeight) / Self.formRowHeight), 0)
    }

    /// The printed height of one ruled row of a log form (10 mm cell plus borders).
    static let formRowHeight = 10.5

    /// True when the estimate exceeds the page.
    var overflows: Bool { estimatedHeight > availableHeight }

    /// The contact that takes the most height, with that height in mm, when it alone takes more than
    /// a fifth of the sheet: then it, not the notice's length, is why the notice does not fit (a long
    /// remark written into a phone's value, say).
    var tallestChannel: (id: String, height: Double)? {
        let width = (notice.isLandscape ? Self.landscapeWidth : Self.portraitWidth) / 2 - 6
        let heights = notice.channels.map { item in
            (item.id, channel(item, width: item.isWide ? width * 2 + 12 : width) * Self.safetyFactor)
        }
        guard let tallest = heights.max(by: { $0.1 < $1.1 }), tallest.1 > availableHeight / 5 else { return nil }
        return tallest
    }
}

private extension NoticeSizeEstimate {
    func deadlines(width: Double) -> Double {
        guard let table = notice.deadlines else { return 0 }
        let header =
            table.columns.map { text($0, points: 14, width: width / Double(table.columns.count + 1)) }.max() ?? 0
        return 12 + (table.hasRows ? header + 4 + Double(table.rows.count) * 9 : 0)
            + table.recurring.reduce(0) { $0 + text($1, points: 16, width: width) + 2 }
    }

    /// Rendered Markdown at the notice's body size (16 pt): each paragraph, item, row or heading
    /// starts a new line and adds a small gap.
    func html(_ html: String, width: Double) -> Double {
        let text = Self.lines(ofHTML: html)
        let blocks = text.split(separator: "\n").count
        return self.text(text.trimmingCharacters(in: .whitespacesAndNewlines), points: 16, width: width - 4)
            + Double(blocks) * 2
    }

    /// Height of wrapped text: characters average 0.56 em wide; lines are 1.3 em high.
    func text(_ string: String, points: Double, width: Double) -> Double {
        let perLine = max(Int(width / characterWidth(points: points)), 1)
        let lines = string.split(separator: "\n", omittingEmptySubsequences: false)
            .reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
        return Double(lines) * points * Self.millimetresPerPoint * 1.3
    }

    /// The average width of a character at `points`, in mm.
    func characterWidth(points: Double) -> Double { points * Self.millimetresPerPoint * 0.56 }

    static let millimetresPerPoint = 0.3528

    /// Tell lists stand two abreast (an only list takes the whole width); each pair is as tall as its longer list.
    func tell(_ lists: [TellView], width: Double) -> Double {
        let listWidth = lists.count == 1 ? width : width / 2 - 6
        let heights = lists.map {
            10 + text($0.audience, points: 16, width: listWidth) + list($0.items, width: listWidth)
        }
        return stride(from: 0, to: heights.count, by: 2).reduce(0.0) {
            $0 + (heights[$1..<min($1 + 2, heights.count)].max() ?? 0)
        } + 4
    }

    func list(_ items: [String], width: Double) -> Double {
        items.reduce(0) { $0 + text($1, points: 16, width: width - 8) + 1 }
    }

    /// Channels flow in a grid of `columns`; each grid row is as tall as its tallest channel.
    /// E-mails and web addresses take a whole row so they never wrap.
    func channels(_ channels: [ChannelView], width: Double, columns: Int) -> Double {
        let columnWidth = width / Double(columns) - 6
        var total = 0.0
        var row: [ChannelView] = []
        func closeRow() {
            total += row.map { channel($0, width: columnWidth) }.max() ?? 0
            row = []
        }
        for item in channels {
            if item.isWide {
                closeRow()
                total += channel(item, width: width)
            } else {
                row.append(item)
                if row.count == columns { closeRow() }
            }
        }
        closeRow()
        return total
    }

    func channel(_ channel: ChannelView, width: Double) -> Double {
        var height = text("\(channel.kindLabel): \(channel.label ?? "")", points: 16, width: width)
        height += text(
            channel.isMissing ? (channel.missingNote ?? "") : channel.display, points: channel.isPhone ? 20 : 18,
            width: width)
        for line in [channel.hours, channel.events].compactMap({ $0 }) {
            height += text(line, points: 16, width: width)
        }
        return height + 4
    }

    func timetable(_ view: TimetableView, width: Double) -> Double {
        if view.isGrid {
            // A day's column is as wide as its longest unbreakable piece ("14:00–15:00"), as the browser lays
            // it out; the room and the person share what is left.
            let longest = view.gridRows.flatMap { $0.cells.flatMap(\.pieces) }.map(\.count).max() ?? 5
            let dayWidth = Double(longest) * characterWidth(points: 16) + 3
            let nameWidth = max((width - dayWidth * Double(view.days.count)) / 2 - 3, width / 8)
            let rows = view.gridRows.reduce(0.0) { total, row in
                let slots = row.cells.map { text($0.pieces.joined(separator: "\n"), points: 16, width: dayWidth) }
                let names = [row.room, row.who].map { text($0, points: 16, width: nameWidth) }
                return total + ((slots + names).max() ?? 8) + 4
            }
            return 16 + rows
        }
        return 16
            + view.listRows.reduce(0.0) { total, row in
                let topics = row.topics.reduce(0) { $0 + text($1, points: 16, width: width * 0.38) + 3 }
                let name = text(
                    row.name + " " + (row.role ?? "") + " " + (row.room ?? ""), points: 16, width: width * 0.3)
                return total + max(topics, name, text(row.hours, points: 16, width: width * 0.3)) + 4
            }
    }

    func desk(_ desk: DeskView, width: Double) -> Double {
        var height = channels(desk.channels, width: width, columns: 2)
        // The worked example of the response time is not counted: it is `.fit-optional`, and notice-fit.js leaves
        // it off a sheet that has no room for it (it stays on the site's desk page).
        let values = [
            desk.intake, desk.processing, desk.outOfHours, desk.registrationTime,
            desk.hasResponseTime ? desk.responseTime : nil,
        ]
        for value in values.compactMap({ $0 }) {
            height += text(value, points: 16, width: width * 0.68) + 1.5
        }
        if !desk.tell.isEmpty { height += 10 + tell(desk.tell, width: width) }
        height += list(desk.requirements, width: width) + list(desk.rejectionReasons, width: width)
        if !desk.requirements.isEmpty { height += 10 }
        if !desk.rejectionReasons.isEmpty { height += 10 }
        if let escalation = desk.escalation { height += 12 + text(escalation.when ?? "", points: 16, width: width) }
        return height
    }

    func headerRow(_ columns: [String], width: Double) -> Double {
        let columnWidth = width / Double(max(columns.count, 1)) - 3
        return (columns.map { text($0, points: 16, width: columnWidth) }.max() ?? 8) + 4
    }
}

extension NoticeSizeEstimate {
    /// The text of rendered Markdown, a line per block: the end of a paragraph, item, row, heading, preformatted
    /// block or quote, and a `<br>`, end a line; other tags are dropped; blank lines between lines are dropped.
    /// boardgen's HTML escapes `<` in text, so every `<` opens a tag. A byte scan: Swift `Regex` here took a
    /// twentieth of a school's build.
    static func lines(ofHTML html: String) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(html.utf8.count)
        var bytes = html.utf8[...]
        while let open = bytes.firstIndex(of: UInt8(ascii: "<")) {
            text += bytes[..<open]
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else {
                bytes = bytes[open...]
                break
            }
            if endsLine(tag: bytes[bytes.index(after: open)..<close]) { text.append(UInt8(ascii: "\n")) }
            bytes = bytes[bytes.index(after: close)...]
        }
        text += bytes
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.indices.filter { index in
            index == 0 || index == lines.count - 1 || !lines[index].allSatisfy(\.isWhitespace)
        }
        return kept.map { lines[$0] }.joined(separator: "\n")
    }

    /// `/p`, `/li`, `/tr`, `/h1`…`/h6`, `/pre`, `/blockquote` exactly, or `br`, `br/`, `br /`.
    static func endsLine(tag: Substring.UTF8View.SubSequence) -> Bool {
        let name = String(decoding: tag, as: UTF8.self)
        if blockEnds.contains(name) { return true }
        guard name.hasPrefix("br") else { return false }
        let rest = name.dropFirst(2).drop(while: \.isWhitespace)
        return rest.isEmpty || rest == "/"
    }

    static let blockEnds: Set<String> = [
        "/p", "/li", "/tr", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "/pre",
        "/blockquote",
    ]
}
