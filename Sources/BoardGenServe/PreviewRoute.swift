import Foundation

/// What a request path names. The path is percent-decoded once; a `.` or `..` component (in any
/// encoding), a backslash or a NUL names nothing.
enum PreviewRoute: Equatable {
    case events
    case script
    case sheetStyles
    case printPreview
    /// A file of the site by relative path ("" for the root).
    case file(String)
    case notFound

    /// The server's own paths live under this prefix, which no built site uses.
    static let prefix = "__boardgen/"
    /// The board's page with every notice, which the print preview shows as sheets.
    static let printPage = "board/print.html"

    init(rawPath: String) {
        guard let decoded = rawPath.removingPercentEncoding, !decoded.contains("\\"), !decoded.contains("\0")
        else {
            self = .notFound
            return
        }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard !parts.contains(where: { $0 == "." || $0 == ".." }) else {
            self = .notFound
            return
        }
        let path = parts.joined(separator: "/")
        switch path {
        case Self.prefix + "events": self = .events
        case Self.prefix + "live.js": self = .script
        case Self.prefix + "sheets.css": self = .sheetStyles
        case Self.prefix + "print", Self.prefix + "print/": self = .printPreview
        default:
            if path.hasPrefix(Self.prefix) {
                self = .notFound
            } else if path.isEmpty || path.hasSuffix("/") {
                self = .file(path + "index.html")
            } else {
                self = .file(path)
            }
        }
    }
}
