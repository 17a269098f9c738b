import BoardGenWrite
import Foundation

/// The inputs file: a header line, a `G` line (the regulations file's generation), then per content
/// file an `F` line (path, fingerprint of the whole file), an `M` line when it has front matter (its
/// fingerprint) and an `S` line when it has a stamp (inode, size, modification and change times in
/// ns, 1 when settled), and per kept regulation a `D` line (path, fingerprint of the version its
/// block stands for); fields separated by tabs. Read and written as bytes: through `Codable`, the
/// 10,000 files' notes took a tenth of a rebuild each way. A path or fingerprint with a tab or a line
/// break is left out, which only means that its file is read and decoded again.
extension StoredInputs {
    static let header = "boardgen-build-inputs 4"

    /// The file kept next to the build cache's `file`.
    static func file(besideCache file: URL) -> URL {
        file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + "-inputs")
    }

    /// The notes; nil when the file is missing or is not one this version wrote.
    static func read(_ file: URL) -> StoredInputs? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        var notes = data.withUnsafeBytes { parse($0) }
        notes?.lines?.bytes = data
        return notes
    }

    /// Writes the notes and renames the file into place; failing only costs the next build its speed-up.
    /// A note equal to `previous`'s note at the same place is copied from the lines it was read from.
    func write(to file: URL, reusing previous: StoredInputs? = nil) {
        var bytes = Array((Self.header + "\n").utf8)
        bytes.reserveCapacity(files.count * 200 + decodedFrom.count * 100)
        guard TabbedLines.canHold(regulationsGeneration) else { return }
        bytes.appendLine(["G", regulationsGeneration])
        let (old, oldFiles, oldSources) = (previous?.lines, previous?.files ?? [], previous?.decodedFrom ?? [])
        (old?.bytes ?? Data()).withUnsafeBytes { oldBytes in
            // Lines read back from the file were written by this code, so a copied note needs no check.
            for (index, stored) in files.enumerated() {
                if let old, index < old.files.count, index < oldFiles.count, oldFiles[index] == stored {
                    bytes.appendLine(copying: oldBytes[old.files[index]])
                } else if TabbedLines.canHold(stored.path) && TabbedLines.canHold(stored.file.whole) {
                    Self.append(stored, to: &bytes)
                }
            }
            for (index, source) in decodedFrom.enumerated() {
                if let old, index < old.decodedFrom.count, index < oldSources.count, oldSources[index] == source {
                    bytes.appendLine(copying: oldBytes[old.decodedFrom[index]])
                } else if TabbedLines.canHold(source.path) && TabbedLines.canHold(source.whole) {
                    bytes.appendFields(UInt8(ascii: "D"), source.path, source.whole)
                    bytes.append(UInt8(ascii: "\n"))
                }
            }
        }
        FileBytes.replace(Data(bytes), atPath: file.path)
    }
}

private extension StoredInputs {
    /// A file's lines: `F`, `M` when its front matter's fingerprint can be written, `S` when it has a stamp.
    /// Field by field, numbers as digits: 10,000 files' lines as arrays of `String`s were a tenth of a rebuild.
    static func append(_ stored: StoredFile, to bytes: inout [UInt8]) {
        let lineBreak = UInt8(ascii: "\n")
        bytes.appendFields(UInt8(ascii: "F"), stored.path, stored.file.whole)
        bytes.append(lineBreak)
        if let frontMatter = stored.file.frontMatter, TabbedLines.canHold(frontMatter) {
            bytes.appendFields(UInt8(ascii: "M"), frontMatter)
            bytes.append(lineBreak)
        }
        if let stamp = stored.file.stamp {
            bytes.append(UInt8(ascii: "S"))
            bytes.appendNumber(stamp.inode)
            bytes.appendNumber(stamp.size)
            bytes.appendNumber(stamp.modified)
            bytes.appendNumber(stamp.changed)
            bytes.append(contentsOf: [UInt8(ascii: "\t"), UInt8(ascii: stamp.isSettled ? "1" : "0"), lineBreak])
        }
    }

    /// The notes in the file's bytes, with where each note's lines are; nil for a file this version did not write.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> StoredInputs? {
        var text = TabbedLines(bytes)
        guard let first = text.next(), first.count == 1, text.text(first[0]) == header else { return nil }
        var notes = StoredInputs(files: [])
        var lines = Lines(bytes: Data())
        // About 150 bytes a file: growing the arrays one doubling at a time copied every note again.
        notes.files.reserveCapacity(bytes.count / 128)
        notes.decodedFrom.reserveCapacity(bytes.count / 256)
        lines.files.reserveCapacity(bytes.count / 128)
        lines.decodedFrom.reserveCapacity(bytes.count / 256)
        var current: (file: StoredFile, lines: Range<Int>)?
        while let fields = text.next() {
            guard !fields.isEmpty, fields[0].count == 1 else { return nil }
            let line = fields[0].lowerBound..<text.offset
            switch (bytes[fields[0].lowerBound], fields.count) {
            case (UInt8(ascii: "G"), 2):
                notes.regulationsGeneration = text.text(fields[1])
            case (UInt8(ascii: "F"), 3):
                if let current {
                    notes.files.append(current.file)
                    lines.files.append(current.lines)
                }
                current = (StoredFile(path: text.text(fields[1]), file: .init(whole: text.text(fields[2]))), line)
            case (UInt8(ascii: "M"), 2) where current != nil:
                current?.file.file.frontMatter = text.text(fields[1])
                if let start = current?.lines.lowerBound { current?.lines = start..<line.upperBound }
            case (UInt8(ascii: "S"), 6) where current != nil:
                guard let stamp = stamp(fields, in: text) else { return nil }
                current?.file.file.stamp = stamp
                if let start = current?.lines.lowerBound { current?.lines = start..<line.upperBound }
            case (UInt8(ascii: "D"), 3):
                notes.decodedFrom.append(Source(path: text.text(fields[1]), whole: text.text(fields[2])))
                lines.decodedFrom.append(line)
            default:
                return nil  // not a file this version wrote: read everything afresh
            }
        }
        if let current {
            notes.files.append(current.file)
            lines.files.append(current.lines)
        }
        notes.lines = lines
        return notes
    }

    static func stamp(_ fields: [Range<Int>], in lines: TabbedLines) -> ContentStamp? {
        guard let inode = lines.unsigned(fields[1]), let size = lines.number(fields[2]),
            let modified = lines.number(fields[3]), let changed = lines.number(fields[4])
        else { return nil }
        let settled = lines.text(fields[5])
        guard settled == "0" || settled == "1" else { return nil }
        return ContentStamp(inode: inode, size: size, modified: modified, changed: changed, isSettled: settled == "1")
    }
}
