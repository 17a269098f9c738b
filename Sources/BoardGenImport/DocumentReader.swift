import BoardGenDiagnostics
import Foundation

/// Reads one file given to `boardgen import` into blocks: plain text directly, every other format
/// through pandoc's JSON tree. Refuses what it cannot read with one `ImportFailure`.
package struct DocumentReader: Sendable {
    /// The largest file import reads (a regulation is a few pages; 20 MiB leaves room for pictures).
    package static let maxBytes = 20 * 1024 * 1024
    /// How pandoc is run.
    package var pandoc: PandocProcess

    /// Makes a reader that runs `pandoc` from PATH (or `BOARDGEN_PANDOC`).
    package init(pandoc: PandocProcess = PandocProcess()) {
        self.pandoc = pandoc
    }

    /// Reads the file at `path` (shown as given).
    package func read(_ path: String) throws(ImportFailure) -> SourceDocument {
        let data = try Self.bytes(of: path)
        let format = try Self.format(of: path, data: data)
        guard let reader = format.pandocReader else { return try TextDocument.read(data, path: path) }
        try Self.confirmSignature(data, format: format, path: path)
        let json = try pandoc.convert(path: path, from: reader)
        let tree: PandocDocument
        do {
            tree = try JSONDecoder().decode(PandocDocument.self, from: json)
        } catch {
            throw ImportFailure(
                .importCorruptDocument,
                "pandoc's reading of \(format.name) could not be understood (\(error)); save the document again "
                    + "as .docx and import that",
                path: path)
        }
        let blocks = PandocFlattener(path: path).blocks(of: tree)
        guard blocks.contains(where: { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || $0.isTable })
        else {
            throw ImportFailure(
                .importNoText,
                "the document holds no text (only pictures or empty paragraphs); a scanned document must be "
                    + "recognised to text first",
                path: path)
        }
        return SourceDocument(path: path, blocks: blocks, unit: .paragraph, notes: [])
    }
}

private extension DocumentReader {
    static func bytes(of path: String) throws(ImportFailure) -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ImportFailure(
                .importUnreadable, "no such file; check the path (quote a name with spaces)", path: path)
        }
        guard !isFolder.boolValue else {
            throw ImportFailure(.importUnreadable, "this is a folder; give the document files themselves", path: path)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maxBytes else {
            throw ImportFailure(
                .importTooLarge,
                "the file has \(size / 1_048_576) MiB; a regulation is a few pages (at most 20 MiB): remove the "
                    + "pictures or copy the text into a new document",
                path: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportFailure(.importUnreadable, "the file cannot be read (permission denied?)", path: path)
        }
        guard !data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw ImportFailure(
                .importNoText, "the file is empty; import the document that holds the regulation's text", path: path)
        }
        return data
    }

    static func format(of path: String, data: Data) throws(ImportFailure) -> DocumentFormat {
        let ext = (path as NSString).pathExtension.lowercased()
        if data.starts(with: Array("%PDF".utf8)) || ext == "pdf" {
            throw ImportFailure(
                .importUnsupportedFormat,
                "a PDF is not read (a scan has no text, and a PDF's text loses its numbering and tables); open "
                    + "the original in Word or LibreOffice and save it as .docx",
                path: path)
        }
        if ext == "doc" {
            throw ImportFailure(
                .importUnsupportedFormat,
                "an old Word .doc is not read; open it in Word or LibreOffice and save it as .docx", path: path)
        }
        guard let format = DocumentFormat(fileName: path) else {
            throw ImportFailure(
                .importUnsupportedFormat, "'.\(ext)' files are not read; import .docx, .odt, .rtf, .html, .md or .txt",
                path: path)
        }
        return format
    }

    /// A .docx or .odt is a ZIP archive; one that is an OLE compound file is encrypted (Word's
    /// password protection); anything else is damaged or renamed.
    static func confirmSignature(_ data: Data, format: DocumentFormat, path: String) throws(ImportFailure) {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]
        switch format {
        case .docx, .odt:
            if data.starts(with: ole) {
                throw ImportFailure(
                    .importCorruptDocument,
                    "the document is encrypted or protected by a password; remove the password in Word (Файл → "
                        + "Сведения → Защита документа) and save it again",
                    path: path)
            }
            guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
                throw ImportFailure(
                    .importCorruptDocument,
                    "the file is not a \(format.name) document (damaged, or renamed from another type); open it "
                        + "in Word or LibreOffice and save it as .docx",
                    path: path)
            }
        case .rtf:
            guard data.starts(with: Array("{\\rtf".utf8)) else {
                throw ImportFailure(
                    .importCorruptDocument,
                    "the file is not an RTF document (it does not begin with {\\rtf); save it again as .docx",
                    path: path)
            }
        case .html, .markdown, .text:
            if data.prefix(4096).contains(0) {
                throw ImportFailure(
                    .importUnsupportedFormat,
                    "the file holds binary data, not \(format.name); import the document itself (.docx, .odt, .txt)",
                    path: path)
            }
        }
    }
}
