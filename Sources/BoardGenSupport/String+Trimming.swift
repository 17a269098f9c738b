import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, without the NSString round trip when the first and
    /// last characters are not white space (almost every YAML value).
    package var trimmedSpaces: String { trimmed(.whitespaces) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, with the same fast path.
    package var trimmedSpacesAndNewlines: String { trimmed(.whitespacesAndNewlines) }

    private func trimmed(_ set: CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        // Asking the set costs more than the rest (CoreFoundation's tables on Linux): a scalar outside every
        // range that holds white space or a line break is not in either set.
        if !Self.mayBeSpace(first) && !Self.mayBeSpace(last) { return String(self) }
        if !set.contains(first) && !set.contains(last) { return String(self) }
        return trimmingCharacters(in: set)
    }

    /// False for a scalar that is neither white space nor a line break in Foundation's sets (true may be either).
    private static func mayBeSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x205F, 0x3000: true
        default: false
        }
    }
}
