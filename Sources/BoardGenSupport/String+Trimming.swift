import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, without the NSString round trip when the first and
    /// last characters are not white space (almost every YAML value).
    package var trimmedSpaces: String { trimmed(.whitespaces) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, with the same fast path.
    package var trimmedSpacesAndNewlines: String { trimmed(.whitespacesAndNewlines) }

    private func trimmed(_ set: CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !set.contains(first) && !set.contains(last) { return String(self) }
        return trimmingCharacters(in: set)
    }
}
