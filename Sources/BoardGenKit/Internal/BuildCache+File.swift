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

    /// The stored entries, their sources in the file's order, and the file's bytes (which the entries'
    /// `lines` point into); nil when the file is missing or not ours.
    static func read(_ file: URL) -> (entries: [String: Entry], order: [String], bytes: Data)? {
        guard let data = FileManager.default.contents(atPath: file.path),
            let (entries, order) = data.withUnsafeBytes({ parse($0) })
        else { return nil }
        return (entries, order, data)
    }

    /// The file's bytes for the entries in the order of `sortedSources` (their keys, sorted, so the
    /// file is reproducible). An entry with `lines` has them copied from `kept`, the bytes of the file
    /// it was read from.
    static func encode(_ entries: [String: Entry], sortedSources: [String], reusing kept: Data? = nil) -> Data {
        var bytes = Array((header + "\n").utf8)
        bytes.reserveCapacity(entries.count * 128)
        (kept ?? Data()).withUnsafeBytes { keptBytes in
            for source in sortedSources {
                guard let entry = entries[source] else { continue }
                if kept != nil, let lines = entry.lines, lines.upperBound <= keptBytes.count {
                    bytes.appendLine(copying: keptBytes[lines])
                } else {
                    append(entry, source: source, to: &bytes)
                }
            }
        }
        return Data(bytes)
    }
}

private extension BuildCache {
    /// An entry's lines, unless a path or a missing stamp keeps them out of the file.
    static func append(_ entry: Entry, source: String, to bytes: inout [UInt8]) {
        let isSafe = TabbedLines.canHold
        let stamps = entry.files.compactMap { file in file.stamp.map { (file.path, $0) } }
        guard isSafe(source), stamps.count == entry.files.count, entry.files.allSatisfy({ isSafe($0.path) }),
            entry.attachments.allSatisfy({ isSafe($0.path) && isSafe($0.location.file) })
        else { return }
        bytes.appendLine(["E", source, entry.key])
        for (path, stamp) in stamps {
            bytes.appendFields(UInt8(ascii: "F"), path)
            bytes.appendNumber(stamp.inode)
            bytes.appendNumber(stamp.size)
            bytes.appendNumber(stamp.modified)
            bytes.append(UInt8(ascii: "\n"))
        }
        for item in entry.attachments {
            let location = item.location
            bytes.appendLine(
                ["A", item.path, String(item.size), location.file, String(location.line), String(location.column)])
        }
    }

    /// The entries of the file's bytes; nil for a file this version did not write.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> (entries: [String: Entry], order: [String])? {
        var lines = TabbedLines(bytes)
        guard let first = lines.next(), first.count == 1, lines.text(first[0]) == header else { return nil }
        var entries: [String: Entry] = [:]
        var order: [String] = []
        entries.reserveCapacity(bytes.count / 128)  // an entry takes about 120 bytes
        order.reserveCapacity(bytes.count / 128)
        var current: (source: String, entry: Entry)?
        // Where the current entry's `E` line starts, and where the last line read ends.
        var (start, end) = (0, 0)
        let finish = { (current: (source: String, entry: Entry)) in
            var entry = current.entry
            entry.lines = start..<end
            entries[current.source] = entry
        }
        while let fields = lines.next() {
            guard !fields.isEmpty, fields[0].count == 1 else { return nil }
            defer { end = lines.offset }
            switch (bytes[fields[0].lowerBound], fields.count) {
            case (UInt8(ascii: "E"), 3):
                if let current { finish(current) }
                let source = lines.text(fields[1])
                current = (source, Entry(key: lines.text(fields[2]), files: [], attachments: []))
                start = fields[0].lowerBound
                order.append(source)
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
        if let current { finish(current) }
        return (entries, order)
    }
}
