import Foundation

@testable import BoardGenCheck
@testable import BoardGenModel

/// A rewrite of a published page aimed at one required item: hiding it from readers, showing it
/// wrongly, or restyling it harmlessly. Made from the requirement itself (its mark and the text a
/// reader must see), so every item kind gets every technique.
struct OutputMutation {
    var family: String
    var name: String
    var apply: (String) -> String

    /// Every technique that must make the check fail for this item.
    static func techniques(for requirement: Requirement) -> [OutputMutation] {
        hiding(requirement) + wrongValues(requirement)
    }

    /// Edits a webmaster may make that change nothing a reader sees.
    static func harmlessEdits(for requirement: Requirement) -> [OutputMutation] {
        let mark = requirement.item.mark
        let text = shownText(requirement)
        let icon =
            "<svg width=\"16\" height=\"16\" aria-hidden=\"true\"><title>icon</title><path d=\"M0 0"
            + String(repeating: " L1 1", count: 900) + "\"/></svg>"
        var edits = [
            OutputMutation(family: "harmless", name: "value-on-its-own-line") {
                $0.replacingOccurrences(of: ">\(text)<", with: ">\n        \(text)\n      <")
            },
            OutputMutation(family: "harmless", name: "attribute-in-capitals") {
                $0.replacingOccurrences(of: "data-item=\"\(mark)\"", with: "DATA-ITEM=\"\(mark)\"")
            },
            OutputMutation(family: "harmless", name: "attribute-in-single-quotes") {
                $0.replacingOccurrences(of: "data-item=\"\(mark)\"", with: "data-item='\(mark)'")
            },
            OutputMutation(family: "harmless", name: "svg-icon-before-the-value") {
                insertAfterStartTag(of: mark, icon, in: $0)
            },
            OutputMutation(family: "harmless", name: "another-marked-element-before") {
                $0.replacingOccurrences(
                    of: "<li class=\"channel", with: "<li data-item=\"contact:decoy\">декорация</li><li class=\"channel"
                )
            },
        ]
        if case .rows = requirement.expected {
            edits.append(
                OutputMutation(family: "harmless", name: "legend-table-before-the-timetable") {
                    $0.replacingOccurrences(
                        of: "<table class=\"grid\">",
                        with: "<table class=\"legend\"><thead><tr><th>Обозначения</th></tr></thead>"
                            + "<tbody><tr><td>— нет консультаций</td></tr></tbody></table><table class=\"grid\">")
                })
        }
        return edits
    }
}

private extension OutputMutation {
    /// The text of the item as the page shows it (HTML-escaped as in the source).
    static func shownText(_ requirement: Requirement) -> String {
        switch requirement.expected {
        case .value(let text, _), .hours(let text, _): PublishedMarks.escape(text)
        case .lines(let lines): PublishedMarks.escape(lines.first ?? "")
        case .rows(let rows, _):
            PublishedMarks.escape(rows.values.flatMap { $0.flatMap { $0 } }.sorted().first { !$0.isEmpty } ?? "")
        }
    }

    static func hiding(_ requirement: Requirement) -> [OutputMutation] {
        let mark = requirement.item.mark
        let text = shownText(requirement)
        let attributes = [
            "hidden-attribute": "hidden", "display-none": "style=\"display:none\"",
            "visibility-hidden": "style=\"visibility: hidden\"", "opacity-zero": "style=\"opacity:0\"",
            "font-size-zero": "style=\"font-size: 0px\"",
        ]
        let wrappers = [
            "html-comment": "<!--T-->", "template": "<template>T</template>", "noscript": "<noscript>T</noscript>",
            "script-text-plain": "<script type=\"text/plain\">T</script>", "title-element": "<title>T</title>",
            "attribute-value": "<span data-note=\"T\"></span>",
            "closed-details": "<details><summary>…</summary>T</details>",
            "hidden-span": "<span hidden>T</span>",
        ]
        return attributes.sorted { $0.key < $1.key }.map { name, attribute in
            OutputMutation(family: "hidden", name: name) { addAttribute(attribute, toElementMarked: mark, in: $0) }
        }
            + wrappers.sorted { $0.key < $1.key }.map { name, wrapper in
                OutputMutation(family: "hidden", name: name) {
                    unwrapped($0, finding: ">\(text)<").replacingOccurrences(
                        of: ">\(text)<", with: ">" + wrapper.replacingOccurrences(of: "T", with: text) + "<")
                }
            }
    }

    static func wrongValues(_ requirement: Requirement) -> [OutputMutation] {
        let text = shownText(requirement)
        var mutations = [
            OutputMutation(family: "wrong-value", name: "extra-character") {
                unwrapped($0, finding: ">\(text)<").replacingOccurrences(of: ">\(text)<", with: ">\(text)5<")
            },
            OutputMutation(family: "wrong-value", name: "other-value") {
                unwrapped($0, finding: ">\(text)<").replacingOccurrences(of: ">\(text)<", with: ">\(altered(text))<")
            },
            OutputMutation(family: "wrong-value", name: "truncated") {
                unwrapped($0, finding: ">\(text)<").replacingOccurrences(
                    of: ">\(text)<", with: ">\(text.dropLast(3))…<")
            },
            OutputMutation(family: "wrong-value", name: "text-appended") {
                unwrapped($0, finding: ">\(text)<").replacingOccurrences(
                    of: ">\(text)<", with: ">\(text), сб 10:00–14:00<")
            },
        ]
        switch requirement.expected {
        case .value(_, let links) where !links.isEmpty:
            let link = links[0].href, linkText = PublishedMarks.escape(links[0].text)
            mutations += [
                OutputMutation(family: "wrong-value", name: "link-to-another-address") {
                    $0.replacingOccurrences(of: "href=\"\(link)\"", with: "href=\"\(altered(link))\"")
                },
                OutputMutation(family: "wrong-value", name: "digit-after-the-link") {
                    unwrapped($0, finding: ">\(linkText)</a>").replacingOccurrences(
                        of: ">\(linkText)</a>", with: ">\(linkText)</a>5")
                },
            ]
        case .rows:
            mutations += rowMutations()
        default: break
        }
        return mutations
    }

    static func rowMutations() -> [OutputMutation] {
        [
            OutputMutation(family: "wrong-value", name: "every-cell-one-fixed-time") {
                replace(#"(<td class="slot">)(?:(?!</td>)[\s\S])*(</td>)"#, with: "$110:00–11:00$2", in: $0)
            },
            OutputMutation(family: "wrong-value", name: "slots-shifted-by-a-day") {
                replace(
                    #"(<td[^>]*>(?:(?!</td>)[\s\S])*</td>)(<td[^>]*>(?:(?!</td>)[\s\S])*</td>)"#, with: "$2$1", in: $0)
            },
            OutputMutation(family: "wrong-value", name: "cells-dropped") {
                replace(#"<td class="slot">(?:(?!</td>)[\s\S])*</td>"#, with: "", in: $0)
            },
        ]
    }

    /// The page as it is when it holds `piece` (a value as one piece of text); otherwise without the board's
    /// unbreakable spans (`<span class="nobr">`, around text only), so that "Пн–Пт 09:00–17:00" is found, not
    /// "Пн–Пт</span> <span…>09:00–17:00". Dropping them is itself harmless: the same words, allowed to wrap.
    static func unwrapped(_ html: String, finding piece: String) -> String {
        html.contains(piece) ? html : replace(#"<span class="nobr">([^<]*)</span>"#, with: "$1", in: html)
    }

    /// The same text with its last letter or digit changed.
    static func altered(_ text: String) -> String {
        guard let index = text.lastIndex(where: { $0.isLetter || $0.isNumber }) else { return text + "x" }
        let replacement: Character = text[index] == "7" ? "8" : (text[index].isNumber ? "7" : "q")
        return text.replacingCharacters(in: index...index, with: String(replacement))
    }

    static func addAttribute(_ attribute: String, toElementMarked mark: String, in html: String) -> String {
        replace(
            #"<([a-z0-9]+)(\s[^>]*data-item="\#(NSRegularExpression.escapedPattern(for: mark))")"#,
            with: "<$1 \(attribute)$2", in: html)
    }

    static func insertAfterStartTag(of mark: String, _ fragment: String, in html: String) -> String {
        replace(
            #"(<[a-z0-9]+\s[^>]*data-item="\#(NSRegularExpression.escapedPattern(for: mark))"[^>]*>)"#,
            with: "$1" + NSRegularExpression.escapedTemplate(for: fragment), in: html)
    }

    static func replace(_ pattern: String, with template: String, in html: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return html }
        return regex.stringByReplacingMatches(
            in: html, range: NSRange(html.startIndex..., in: html), withTemplate: template)
    }
}
