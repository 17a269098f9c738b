import BoardGenDiagnostics
import Foundation

/// A plain-text document (a regulation saved as .txt): its encoding recognised (UTF-8, or
/// Windows-1251 / UTF-16 converted with a note) and its lines read into blocks.
enum TextDocument {
    static func read(_ data: Data, path: String) throws(ImportFailure) -> SourceDocument {
        let (text, encoding) = try decode(data, path: path)
        guard text.contains(where: \.isLetter) else {
            throw ImportFailure(
                .importNoText, "the file holds no words; import the document that holds the regulation's text",
                path: path)
        }
        var notes: [Diagnostic] = []
        if let encoding {
            notes.append(
                Diagnostic(
                    .importEncodingConverted,
                    "the text is \(encoding), not UTF-8; it was converted (the draft is UTF-8): check that the "
                        + "Russian letters read right",
                    at: SourceLocation(file: path)))
        }
        let blocks = TextLines(path: path, text: text).blocks()
        return SourceDocument(path: path, blocks: blocks, unit: .line, notes: notes)
    }
}

private extension TextDocument {
    /// The text and, when it was not UTF-8, the name of the encoding it was converted from.
    static func decode(_ data: Data, path: String) throws(ImportFailure) -> (String, String?) {
        let bytes = [UInt8](data.prefix(2))
        if bytes == [0xFF, 0xFE], let text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) {
            return (text, "UTF-16")
        }
        if bytes == [0xFE, 0xFF], let text = String(data: data.dropFirst(2), encoding: .utf16BigEndian) {
            return (text, "UTF-16")
        }
        if let utf16 = unmarkedUTF16(data) { return (utf16, "UTF-16") }
        if data.contains(0) {
            throw ImportFailure(
                .importUnsupportedFormat,
                "the file holds binary data, not text; import the document itself (.docx, .odt, .txt)", path: path)
        }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if let text = String(data: body, encoding: .utf8) { return (text, nil) }
        if let text = String(data: data, encoding: .windowsCP1251), looksRussian(text) {
            return (text, "Windows-1251")
        }
        throw ImportFailure(
            .importUnsupportedFormat,
            "the file is neither UTF-8 nor Windows-1251 text (binary data?); save the document as UTF-8 text or .docx",
            path: path)
    }

    /// UTF-16 without a byte-order mark: every second byte of Russian or Latin text is the same
    /// high byte (0x00 or 0x04).
    static func unmarkedUTF16(_ data: Data) -> String? {
        let sample = [UInt8](data.prefix(4096))
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        let odd = stride(from: 1, to: sample.count, by: 2).map { sample[$0] }
        let even = stride(from: 0, to: sample.count, by: 2).map { sample[$0] }
        let highOdd = odd.filter { $0 == 0 || $0 == 4 }.count * 10 >= odd.count * 9 && odd.contains(0)
        let highEven = even.filter { $0 == 0 || $0 == 4 }.count * 10 >= even.count * 9 && even.contains(0)
        if highOdd { return String(data: data, encoding: .utf16LittleEndian) }
        if highEven { return String(data: data, encoding: .utf16BigEndian) }
        return nil
    }

    /// Most letters are Cyrillic and nothing is a control character: a Windows-1251 text.
    static func looksRussian(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { CharacterSet.letters.contains($0) }
        let cyrillic = letters.filter { (0x0400...0x04FF).contains($0.value) }
        let controls = text.unicodeScalars.filter {
            $0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value) || (0x80...0x9F).contains($0.value)
        }
        return controls.isEmpty && !letters.isEmpty && cyrillic.count * 2 >= letters.count
    }
}
