import Foundation

@testable import BoardGenCheck
@testable import BoardGenModel

/// A stylesheet rule aimed at one required item that hides it from a reader while every page's
/// markup stays as it was, so only `check --browser` can see it: hidden by a class with
/// `display: none`, text coloured like its (white) background, positioned off-screen, clipped by an
/// ancestor. Made from the requirement (its mark and kind), so every item kind gets every family.
struct BrowserMutation {
    var family: String
    /// The CSS appended to the site's stylesheet.
    var rule: String

    /// Every family for an item.
    static func families(for requirement: Requirement) -> [BrowserMutation] {
        let target = Target(requirement)
        return [
            BrowserMutation(family: "display-none", rule: "\(target.byClass) { display: none !important; }"),
            BrowserMutation(family: "coloured-like-background", rule: "\(target.text) { color: #fff !important; }"),
            BrowserMutation(
                family: "off-screen",
                rule: "\(target.value) { position: absolute !important; left: -9999px !important; }"),
            BrowserMutation(
                family: "clipped-by-ancestor",
                rule: "\(target.ancestor) { height: 0 !important; overflow: hidden !important; }"),
        ]
    }

    /// Restyling of the item that a reader still reads: a darker colour, a nudge, a hidden label.
    static func harmless(for requirement: Requirement) -> String {
        let target = Target(requirement)
        return """
            \(target.text) { color: #073763 !important; }
            \(target.value) { position: relative; left: 2px; text-decoration: none; }
            [data-item="\(requirement.item.mark)"] .channel-kind { display: none; }
            """
    }

    /// "family|mark|place" cases: each family hides each item kind (phone, e-mail, timetable, desk
    /// hours, approval) once, the place alternating so that each family and each kind meets both
    /// places; with BOARDGEN_BROWSER_FULL=1, every family × required item × place.
    static func cases(for requirements: [Requirement]) -> [String] {
        let names = requirements.first.map { families(for: $0).map(\.family) } ?? []
        if ProcessInfo.processInfo.environment["BOARDGEN_BROWSER_FULL"] == "1" {
            return names.flatMap { family in
                requirements.flatMap { requirement in
                    requirement.places.map { "\(family)|\(requirement.item.mark)|\($0.rawValue)" }
                }
            }
        }
        let kinds = ["phone", "e-mail", "timetable", "hours", "approval"].compactMap { kind in
            requirements.first { Target($0).kind == kind }
        }
        return names.enumerated().flatMap { familyIndex, family in
            kinds.enumerated().map { kindIndex, requirement in
                let places = requirement.places
                let place = places[(familyIndex + kindIndex) % places.count]
                return "\(family)|\(requirement.item.mark)|\(place.rawValue)"
            }
        }
    }
}

private extension BrowserMutation {
    /// CSS selectors for an item's parts, on every page that shows it (a contact is also shown
    /// inline in the regulations, as a `.channel-inline` element without `data-value`).
    struct Target {
        var kind: String
        /// The elements that hold the value.
        var value: String
        /// The same, by the template's classes where it has them.
        var byClass: String
        /// The elements whose own text is the value.
        var text: String
        /// An ancestor of the value.
        var ancestor: String

        init(_ requirement: Requirement) {
            let mark = "[data-item=\"\(requirement.item.mark)\"]"
            switch (requirement.item, requirement.expected) {
            case (.contact(let id), .value(_, let link)):
                kind = link.first?.href.hasPrefix("mailto:") == true ? "e-mail" : "phone"
                value = "\(mark) [data-value], .channel-inline\(mark)"
                byClass = ".channel-\(id) .channel-value, .channel-inline\(mark)"
                text = "\(mark) [data-value], \(mark) a"
                ancestor = ":has(> \(mark))"
            case (.timetable, _):
                (kind, value, byClass, text) = ("timetable", "\(mark) td", ".timetable\(mark) td", "\(mark) td")
                ancestor = "\(mark) .table-wrap"
            case (.approval, _):
                (kind, value, byClass) = ("approval", "\(mark) .approval-line", "\(mark) .approval-line")
                (text, ancestor) = (value, "\(mark) .approved")
            default:
                (kind, value, byClass) = ("hours", "\(mark) [data-value]", "\(mark) [data-value]")
                (text, ancestor) = (value, ":has(> \(mark))")
            }
        }
    }
}
