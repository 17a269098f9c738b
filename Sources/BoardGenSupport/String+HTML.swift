extension String {
    /// HTML-escaped the way Mustache escapes `{{…}}` values (`&`, `<`, `>`, `"`, `'`), for the
    /// templates and for the little HTML boardgen writes itself. Scans UTF-8 bytes; text without
    /// any of the five characters is returned as it is.
    package var htmlEscaped: String {
        // Over the contiguous UTF-8 bytes: the String.UTF8View iterator cost several times more per byte, and
        // templates escape every value of every page.
        var text = self
        return text.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: Self.isSpecial) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 32)
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for byte in UnsafeBufferPointer(rebasing: bytes[first...]) {
                switch byte {
                case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): result.append(contentsOf: "&#39;".utf8)
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        } ?? self
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
