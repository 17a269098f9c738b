// The caches' text files are tab-separated lines, read and written as bytes (`BuildCache+File`,
// `StoredInputs+File`): splitting such a file into `String`s, or going through `Codable`, took a
// tenth of a rebuild of 10,000 unchanged pages.

/// The lines of a tab-separated text as byte ranges of their fields (empty lines skipped).
struct TabbedLines {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func next() -> [Range<Int>]? {
        while offset < bytes.count && bytes[offset] == UInt8(ascii: "\n") { offset += 1 }
        guard offset < bytes.count else { return nil }
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)  // one allocation per line, not one per doubling
        var start = offset
        while offset < bytes.count && bytes[offset] != UInt8(ascii: "\n") {
            if bytes[offset] == UInt8(ascii: "\t") {
                fields.append(start..<offset)
                start = offset + 1
            }
            offset += 1
        }
        fields.append(start..<offset)
        return fields
    }

    /// False for a text a field cannot hold (a tab or a line break in it). On the bytes: Foundation's
    /// `contains` took half of writing 10,000 entries.
    static func canHold(_ text: String) -> Bool {
        !text.utf8.contains { $0 == 9 || $0 == 10 || $0 == 13 }
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A decimal number (a leading minus allowed); nil for anything else.
    func number(_ range: Range<Int>) -> Int64? {
        let isNegative = !range.isEmpty && bytes[range.lowerBound] == UInt8(ascii: "-")
        guard let magnitude = unsigned(isNegative ? range.dropFirst() : range), magnitude <= UInt64(Int64.max) else {
            return nil
        }
        return isNegative ? -Int64(magnitude) : Int64(magnitude)
    }

    /// A decimal number of digits only; nil for anything else.
    func unsigned(_ range: Range<Int>) -> UInt64? {
        guard !range.isEmpty else { return nil }
        var value: UInt64 = 0
        for index in range {
            let digit = bytes[index]
            guard digit >= UInt8(ascii: "0") && digit <= UInt8(ascii: "9") else { return nil }
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
            guard !overflowTimes && !overflowSum else { return nil }
            value = sum
        }
        return value
    }
}

extension [UInt8] {
    /// Appends a line's kind, then each field after a tab (no line break).
    mutating func appendFields(_ kind: UInt8, _ fields: String...) {
        append(kind)
        for field in fields {
            append(UInt8(ascii: "\t"))
            append(contentsOf: field.utf8)
        }
    }

    /// Appends a tab and a number in decimal digits, without making a `String` of it.
    mutating func appendNumber(_ value: Int64) {
        append(UInt8(ascii: "\t"))
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude)
    }

    mutating func appendNumber(_ value: UInt64) {
        append(UInt8(ascii: "\t"))
        appendDigits(value)
    }

    private mutating func appendDigits(_ value: UInt64) {
        let start = count
        var rest = value
        repeat {
            append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        // Written least significant first: swapped in place (reversing `self[start...]` went through a slice).
        var (low, high) = (start, count - 1)
        while low < high {
            swapAt(low, high)
            (low, high) = (low + 1, high - 1)
        }
    }

    /// Appends the fields joined by tabs, and a line break.
    /// Appends a line read before (its bytes without the line break) and a line break.
    mutating func appendLine(copying line: Slice<UnsafeRawBufferPointer>) {
        append(contentsOf: UnsafeRawBufferPointer(rebasing: line))
        append(UInt8(ascii: "\n"))
    }

    mutating func appendLine(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { append(UInt8(ascii: "\t")) }
            append(contentsOf: field.utf8)
        }
        append(UInt8(ascii: "\n"))
    }
}
