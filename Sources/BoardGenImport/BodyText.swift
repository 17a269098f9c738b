import Foundation

/// Text of the school's document made safe for the regulation's Markdown: characters Markdown
/// would read as syntax are escaped, so the page shows the words as written.
enum BodyText {
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "<", "*", "_", "`", "[", "]", "|": result += "\\\(character)"
            default: result.append(character)
            }
        }
        if let first = result.first, "#>+=".contains(first) { result = "\\" + result }
        if result.hasPrefix("- ") || result.hasPrefix("-") { result = "\\" + result }
        if let match = result.firstMatch(of: /^(\d{1,9})([.)])(\s|$)/) {
            result = "\(match.output.1)\\\(match.output.2)" + result.dropFirst(match.output.1.count + 1)
        }
        result = result.replacingOccurrences(of: "~~", with: "\\~\\~")
        return result.replacingOccurrences(of: "\n", with: "\\\n")
    }
}
