import BoardGenSupport
import Foundation

/// One file of the generated site, by path relative to the output folder.
package struct OutputFile: Sendable, Hashable {
    /// Relative path with `/` separators (`regulations/pomosch.html`).
    package var path: String
    /// The bytes to write.
    package var contents: Data

    /// A text file, UTF-8 encoded.
    package init(path: String, text: String) {
        self.path = path
        self.contents = Data(text.utf8)
    }

    /// A file from bytes.
    package init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    /// The text of the file.
    package var text: String { String(decoding: contents, as: UTF8.self) }
}
