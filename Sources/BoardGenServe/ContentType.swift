import BoardGenKit
import Foundation

/// Content types by file extension, with `charset=utf-8` on every text type (pages, styles,
/// scripts and calendars are written as UTF-8), and the entity tag of a file's bytes.
enum ContentType {
    /// The `Content-Type` of a file of the site.
    static func of(path: String) -> String {
        let name = (path as NSString).lastPathComponent.lowercased()
        let ext = name.contains(".") ? (name as NSString).pathExtension : ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "ics": return "text/calendar; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "doc": return "application/msword"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "odt": return "application/vnd.oasis.opendocument.text"
        case "xls": return "application/vnd.ms-excel"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "rtf": return "application/rtf"
        case "zip": return "application/zip"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }

    /// A strong entity tag (quoted) from the bytes' fingerprint.
    static func tag(of contents: Data) -> String {
        var fingerprint = Fingerprint()
        contents.withUnsafeBytes { fingerprint.add($0) }
        return "\"\(fingerprint.hex)\""
    }
}
