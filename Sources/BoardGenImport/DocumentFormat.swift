import Foundation

/// The formats import reads, chosen by the file's extension and confirmed by its first bytes.
package enum DocumentFormat: Sendable, Hashable {
    case docx, odt, rtf, html, markdown, text

    /// The format for a file name, or nil when import does not read that type.
    package init?(fileName: String) {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "docx": self = .docx
        case "odt": self = .odt
        case "rtf": self = .rtf
        case "html", "htm", "xhtml": self = .html
        case "md", "markdown": self = .markdown
        case "txt", "text", "": self = .text
        default: return nil
        }
    }

    /// pandoc's name of the format (`-f`), or nil for plain text, which import reads itself.
    package var pandocReader: String? {
        switch self {
        case .docx: "docx"
        case .odt: "odt"
        case .rtf: "rtf"
        case .html: "html"
        case .markdown: "markdown"
        case .text: nil
        }
    }

    /// The name shown in messages.
    package var name: String {
        switch self {
        case .docx: "Word (.docx)"
        case .odt: "OpenDocument (.odt)"
        case .rtf: "RTF"
        case .html: "HTML"
        case .markdown: "Markdown"
        case .text: "text"
        }
    }
}
