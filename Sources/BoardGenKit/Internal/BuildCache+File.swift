import BoardGenDiagnostics
import BoardGenRender
import BoardGenWrite
import Foundation

/// The cache's file: a header line, then per entry an `E` line (source, key), an `F` line per file
/// (path, inode, size, modification time) and an `A` line per attachment (path, size, file, line,
/// column), fields separated by tabs. Read and written as bytes: splitting it into `String`s took
/// a tenth of a rebuild of 10,000 unchanged pages.
extension BuildCache {
    static let header = "boardgen-build-cache 1"

    /// The stored entries; none when the file is missing or not ours.
    static func read(_ file: URL) -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [:] }
        return data.withUnsafeBytes { parse($0) } ?? [:]
    }

    /// Writes the entries (sorted, so the file is reproducible) and renames the file into place.
    static func write(_ entries: [String: Entry], to file: URL) {
        var bytes = Array((header + "\n").utf8)
        bytes.reserveCapacity(entries.count * 128)
        // On the bytes: Foundation's `contains` took half of writing 10,000 entries.
        let isSafe: (String) -> Bool = { !$0.utf8.contains { $0 == 9 || $0 == 10 || $0 == 13 } }
        for (source, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let stamps = entry.files.compactMap { file in file.stamp.map { (file.path, $0) } }
            guard isSafe(source), stamps.count == entry.files.count, entry.files.allSatisfy({ isSafe($0.path) }),
                entry.attachments.allSatisfy({ isSafe($0.path) && isSafe($0.location.file) })
            else { continue }
            bytes.appendLine(["E", source, entry.key])
            for (path, stamp) in stamps {
                bytes.appendLine(["F", path, String(stamp.inode), String(stamp.size), String(stamp.modified)])
            }
            for item in entry.attachments {
                let location = item.location
                bytes.appendLine(
                    ["A", item.path, String(item.size), location.file, String(location.line), String(location.column)])
            }
        }
        // Failing to keep the cache only costs the next build its speed-up.
        FileBytes.replace(Data(bytes), atPath: file.path)
    }
}

private extension BuildCache {
    /// The entries of the file's bytes; nil for a file this version did not write.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [String: Entry]? {
        var lines = TabbedLines(bytes)
        guard let first = lines.next(), first.count == 1, lines.text(first[0]) == header else { return nil }
        var entries: [String: Entry] = [:]
        var current: (source: String, entry: Entry)?
        while let fields = lines.next() {
            guard !fields.isEmpty, fields[0].count == 1 else { return nil }
            switch (bytes[fields[0].lowerBound], fields.count) {
            case (UInt8(ascii: "E"), 3):
                if let current { entries[current.source] = current.entry }
                current = (lines.text(fields[1]), Entry(key: lines.text(fields[2]), files: [], attachments: []))
            case (UInt8(ascii: "F"), 5):
                guard let inode = lines.unsigned(fields[2]), let size = lines.number(fields[3]),
                    let modified = lines.number(fields[4])
                else { return nil }
                let stamp = FileStamp(inode: inode, size: size, modified: modified)
                current?.entry.files.append(StoredFile(path: lines.text(fields[1]), stamp: stamp))
            case (UInt8(ascii: "A"), 6):
                guard let size = lines.number(fields[2]), let line = lines.number(fields[4]),
                    let column = lines.number(fields[5])
                else { return nil }
                let location = SourceLocation(file: lines.text(fields[3]), line: Int(line), column: Int(column))
                current?.entry.attachments.append(
                    .stored(path: lines.text(fields[1]), size: Int(size), location: location))
            default:
                return nil  // not a file this version wrote: start afresh
            }
        }
        if let current { entries[current.source] = current.entry }
        return entries
    }
}

/// The lines of a tab-separated text as byte ranges of their fields (empty lines skipped).
private struct TabbedLines {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func next() -> [Range<Int>]? {
        while offset < bytes.count && bytes[offset] == UInt8(ascii: "\n") { offset += 1 }
        guard offset < bytes.count else { return nil }
        var fields: [Range<Int>] = []
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

private extension [UInt8] {
    /// Appends the fields joined by tabs, and a line break.
    mutating func appendLine(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { append(UInt8(ascii: "\t")) }
            append(contentsOf: field.utf8)
        }
        append(UInt8(ascii: "\n"))
    }
}
