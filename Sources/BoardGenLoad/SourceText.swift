import BoardGenDiagnostics
import BoardGenSupport
import Foundation

/// The decoded text of one content file: UTF-8, BOM removed, line endings normalised to LF.
package struct SourceText: Sendable {
    /// The path shown in diagnostics (relative to the content folder).
    package var path: String
    /// The decoded text with `\n` line endings.
    package var text: String

    /// Files larger than this are refused: real regulations are a few kilobytes.
    static let maximumSize = 4 * 1024 * 1024

    /// Decodes raw bytes, or returns the diagnostic explaining why they are not usable text.
    package static func decode(_ data: Data, path: String) -> Result<SourceText, Diagnostic> {
        let start = SourceLocation(file: path)
        if data.count > maximumSize {
            return .failure(
                Diagnostic(
                    .fileTooLarge,
                    "file is \(data.count / 1024) KiB, larger than the \(maximumSize / 1024 / 1024) MiB limit for a content file; split it or remove embedded data",
                    at: start))
        }
        let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
        let bytes = [UInt8](hasBOM ? data.dropFirst(3) : data[...])
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) {
            return .failure(
                Diagnostic(
                    .notUTF8,
                    "file is UTF-16 encoded; save it as UTF-8 (in Word: Save As → Plain Text → Unicode (UTF-8))",
                    at: start))
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            return .failure(invalidEncoding(bytes, path: path))
        }
        if bytes.withUnsafeBufferPointer({ ByteSearch.find([0], in: $0) != nil }),
            let nul = decoded.firstIndex(of: "\0")
        {
            let location = location(of: nul, in: decoded, path: path)
            return .failure(
                Diagnostic(.notUTF8, "file contains a NUL byte; it looks like a binary file, not text", at: location))
        }
        return .success(SourceText(path: path, text: normaliseLineEndings(decoded)))
    }

    /// Replaces CRLF and lone CR with LF.
    static func normaliseLineEndings(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ ByteSearch.find([UInt8(ascii: "\r")], in: $0) != nil }) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

private extension SourceText {
    static func invalidEncoding(_ bytes: [UInt8], path: String) -> Diagnostic {
        let lossy = String(decoding: bytes, as: UTF8.self)
        let firstBad = lossy.firstIndex(of: "\u{FFFD}") ?? lossy.startIndex
        let here = location(of: firstBad, in: lossy, path: path)
        if looksLikeWindows1251(bytes) {
            return Diagnostic(
                .notUTF8,
                "file is not UTF-8; it looks like Windows-1251 (cp1251, as saved by Word); convert it with: iconv -f cp1251 -t utf-8 '\(path)' -o '\(path).utf8' && mv '\(path).utf8' '\(path)'",
                at: here)
        }
        return Diagnostic(
            .notUTF8, "file is not valid UTF-8; save it as UTF-8 (from Word: Save As → Plain Text → UTF-8)", at: here)
    }

    /// UTF-16 without a byte-order mark: every other byte of ASCII text is NUL.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(200)
        guard sample.count >= 4 else { return false }
        let evenNULs = stride(from: 0, to: sample.count, by: 2).filter { sample[sample.startIndex + $0] == 0 }.count
        let oddNULs = stride(from: 1, to: sample.count, by: 2).filter { sample[sample.startIndex + $0] == 0 }.count
        let half = sample.count / 2
        return max(evenNULs, oddNULs) * 10 >= half * 8 && min(evenNULs, oddNULs) * 10 <= half
    }

    /// Cyrillic in cp1251 is mostly bytes 0xC0–0xFF, with few bytes in 0x80–0xBF.
    static func looksLikeWindows1251(_ bytes: [UInt8]) -> Bool {
        let high = bytes.filter { $0 >= 0x80 }
        guard !high.isEmpty else { return false }
        let letters = high.filter { $0 >= 0xC0 || $0 == 0xA8 || $0 == 0xB8 }
        return letters.count * 10 >= high.count * 7
    }

    static func location(of index: String.Index, in text: String, path: String) -> SourceLocation {
        let prefix = text[..<index]
        let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column = (prefix.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0) + 1
        return SourceLocation(file: path, line: line, column: column)
    }
}
