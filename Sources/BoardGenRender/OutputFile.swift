import BoardGenSupport
import Foundation

/// One file of the generated site, by path relative to the output folder.
public struct OutputFile: Sendable, Hashable {
    /// Relative path with `/` separators (`regulations/pomosch.html`).
    public var path: String
    /// The bytes to write.
    public var contents: Data

    /// A text file, UTF-8 encoded.
    public init(path: String, text: String) {
        self.path = path
        self.contents = Data(text.utf8)
    }

    /// A file from bytes.
    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    /// The text of the file.
    public var text: String { String(decoding: contents, as: UTF8.self) }
}
