import BoardGenDiagnostics
import Foundation

/// A file of the content folder that a regulation links to. It is published with the site at the
/// same path as in the content folder, so the link written in the regulation works on the site.
package struct Attachment: Sendable, Hashable {
    /// The path relative to the content folder, and so relative to the output folder.
    package var path: String
    /// The size in bytes.
    package var size: Int
    /// Where the link to it is written.
    package var location: SourceLocation
}

/// The file types published with the site; a link to any other file is refused (BG308).
package enum AttachmentKind: String, CaseIterable, Sendable {
    case pdf, docx, doc, odt, xlsx, xls, ods, txt, png, jpg, jpeg, gif

    /// True for the pictures a page may show with `![alt](file)`.
    package var isImage: Bool {
        switch self {
        case .png, .jpg, .jpeg, .gif: true
        case .pdf, .docx, .doc, .odt, .xlsx, .xls, .ods, .txt: false
        }
    }

    /// The type as readers know it, shown after the link: "PDF".
    package var label: String { rawValue.uppercased() }

    /// The published types for a message: "PDF, DOCX, …, GIF".
    static var list: String { allCases.map(\.label).joined(separator: ", ") }
}

/// What a link in a regulation points at, judged from its address alone.
enum LinkTarget: Equatable {
    /// A web address, an e-mail or phone link, an anchor on the page, or a page of the site.
    case elsewhere
    /// A file by a path from the site's root (`/files/a.pdf`), which breaks in a subfolder.
    case absolutePath(String)
    /// A file by a relative path, percent-decoded, with its lowercased extension.
    case file(path: String, extension: String)

    /// Pages boardgen generates (and folders); a link to them is not a file to publish.
    static let pageExtensions: Set<String> = ["", "html", "htm", "ics"]

    init(_ url: String) {
        let path = String(url.trimmingCharacters(in: .whitespaces).prefix { $0 != "#" && $0 != "?" })
        guard !path.isEmpty, !path.hasPrefix("//"), !Self.hasScheme(path) else {
            self = .elsewhere
            return
        }
        let decoded = path.removingPercentEncoding ?? path
        let name = decoded.hasSuffix("/") ? "" : decoded.split(separator: "/").last.map(String.init) ?? ""
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        if Self.pageExtensions.contains(ext) {
            self = .elsewhere
        } else if decoded.hasPrefix("/") {
            self = .absolutePath(decoded)
        } else {
            self = .file(path: decoded, extension: ext)
        }
    }

    /// `scheme:` before any `/`: `https:`, `mailto:`, `tel:`.
    static func hasScheme(_ path: String) -> Bool {
        guard let colon = path.firstIndex(of: ":"), let first = path.first, first.isASCII, first.isLetter else {
            return false
        }
        return path[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
