import Foundation
import ScheduleModel
import Yams

/// The facts of a content folder that an import must reproduce, read the same way from a
/// hand-made example and from a draft: phones, e-mails, web addresses, offices, approval fields,
/// rule numbers and timetable slots (each a multiset of normalised strings).
struct SiteFactSet {
    enum Kind: String, CaseIterable, Comparable {
        case phone, email, url, office, sms, approval, rule, slot, response
        /// The document's gaps: channels named without an address (by kind), timetables referred to
        /// but not given, blanks. Reported, not part of the goal (the examples word some gaps differently).
        case gap

        static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    var facts: [Kind: [String]] = [:]

    /// The facts of a folder given as relative path → text.
    init(files: [String: String]) throws {
        for kind in Kind.allCases { facts[kind] = [] }
        try readContacts(files["contacts.yaml"])
        try readPeople(files["people.yaml"])
        try readDesks(files["desks.yaml"])
        if let text = files["timetables.yaml"], let root = try Yams.load(yaml: text) as? [String: Any] {
            for timetable in root["timetables"] as? [[String: Any]] ?? []
            where "\(timetable["published"] ?? true)" == "false" {
                facts[.gap]!.append("timetable not given")
            }
        }
        for (path, text) in files where path.hasPrefix("regulations/") && path.hasSuffix(".md") {
            try readRegulation(text)
        }
    }

    /// The facts of a folder on disk.
    init(folder: URL) throws {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".yaml") || path.hasSuffix(".md") {
                files[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            }
        }
        try self.init(files: files)
    }

    /// Recall and precision of `found` against `self` (the expected facts), per kind; nil when
    /// neither has a fact of that kind.
    func compare(_ found: SiteFactSet) -> [Kind: (recall: Double, precision: Double, expected: Int, found: Int)] {
        var result: [Kind: (Double, Double, Int, Int)] = [:]
        for kind in Kind.allCases {
            let expected = facts[kind] ?? []
            let actual = found.facts[kind] ?? []
            guard !expected.isEmpty || !actual.isEmpty else { continue }
            var remaining = actual
            var matched = 0
            for fact in expected {
                if let index = remaining.firstIndex(of: fact) {
                    remaining.remove(at: index)
                    matched += 1
                }
            }
            let recall = expected.isEmpty ? 1 : Double(matched) / Double(expected.count)
            let precision = actual.isEmpty ? 0 : Double(matched) / Double(actual.count)
            result[kind] = (recall, precision, expected.count, actual.count)
        }
        return result
    }
}

private extension SiteFactSet {
    mutating func readContacts(_ text: String?) throws {
        guard let text, let root = try Yams.load(yaml: text) as? [String: Any] else { return }
        for channel in root["channels"] as? [[String: Any]] ?? [] {
            guard let value = channel["value"].map({ "\($0)" }) else {
                if channel["missing"] != nil { facts[.gap]!.append("missing \(channel["kind"] ?? "?")") }
                continue
            }
            switch channel["kind"] as? String {
            case "phone": facts[.phone]!.append(String(value.filter(\.isNumber).suffix(10)))
            case "email": facts[.email]!.append(value.lowercased())
            case "url": facts[.url]!.append(value.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/")))
            case "office": facts[.office]!.append(value.lowercased())
            case "sms": facts[.sms]!.append("\(value)|\(channel["message"] ?? "")")
            default: break
            }
        }
    }

    mutating func readDesks(_ text: String?) throws {
        guard let text, let root = try Yams.load(yaml: text) as? [String: Any] else { return }
        for desk in root["desks"] as? [[String: Any]] ?? [] {
            guard let response = desk["response_time"].map({ "\($0)" }) else { continue }
            facts[.response]!.append(response.isEmpty ? "(blank)" : response)
        }
    }

    mutating func readPeople(_ text: String?) throws {
        guard let text, let root = try Yams.load(yaml: text) as? [String: Any] else { return }
        for person in root["people"] as? [[String: Any]] ?? [] {
            let key = (person["name"] ?? person["role"]).map { "\($0)" } ?? "?"
            var notations = (person["slots"] as? [[String: Any]] ?? []).compactMap { $0["when"].map { "\($0)" } }
            if let hours = person["hours"] { notations.append("\(hours)") }
            for notation in notations {
                guard case let .success(.hours(hours)) = ScheduleNotation.parse(notation) else {
                    facts[.slot]!.append("\(key)|unreadable \(notation)")
                    continue
                }
                for (day, ranges) in hours.week {
                    for range in ranges { facts[.slot]!.append("\(key)|\(day.rawValue)|\(range)") }
                }
            }
        }
    }

    mutating func readRegulation(_ text: String) throws {
        let parts = text.components(separatedBy: "\n---\n")
        let front = String(parts[0].dropFirst(4))
        let body = parts.dropFirst().joined(separator: "\n---\n")
        if let root = try Yams.load(yaml: front) as? [String: Any], let approval = root["approval"] as? [String: Any] {
            readApproval(approval)
        }
        for _ in body.matches(of: /\[\[(?:пропуск|gap)\]\]/) { facts[.gap]!.append("blank") }
        for line in body.split(separator: "\n") {
            let plain = line.replacingOccurrences(of: "\\", with: "").trimmingCharacters(in: .whitespaces)
            if let match = plain.firstMatch(of: /^(\d{1,3}(?:\.\d{1,3})*[.)]?(?:\s+\d{1,3}(?:\.\d{1,3})*\.)*)\s/) {
                let marker = String(match.output.1)
                if marker.last == "." || marker.last == ")" || marker.contains(".") { facts[.rule]!.append(marker) }
            }
        }
    }

    mutating func readApproval(_ approval: [String: Any]) {
        for key in ["preamble", "heading"] {
            if let value = approval[key] { facts[.approval]!.append("\(key)=\(value)") }
        }
        if let by = approval["approved_by"] as? [String: Any] {
            facts[.approval]!.append("position=\(by["position"] ?? "")")
            facts[.approval]!.append("name=\(by["name"] ?? "")")
        }
        if let order = approval["order"] as? [String: Any] {
            facts[.approval]!.append("order.number=\(order["number"] ?? "")")
            facts[.approval]!.append("order.date=\(Self.date(order["date"]))")
        }
        for adoption in approval["adopted_with"] as? [[String: Any]] ?? [] {
            facts[.approval]!.append(
                "adopted=\(adoption["body"] ?? "")|\(adoption["protocol"] ?? "")|\(Self.date(adoption["date"]))")
        }
        for stamp in approval["stamps"] as? [[String: Any]] ?? [] {
            for line in stamp["lines"] as? [Any] ?? [] {
                facts[.approval]!.append("stamp:\(stamp["side"] ?? "full"):\(line)")
            }
        }
    }

    /// Yams reads an unquoted date as a Date; both sides are compared as YYYY-MM-DD.
    static func date(_ value: Any?) -> String {
        if let date = value as? Date {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd"
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.string(from: date)
        }
        return value.map { "\($0)" } ?? ""
    }
}
