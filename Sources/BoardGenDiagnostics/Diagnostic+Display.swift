import Foundation

extension Diagnostic {
    /// The diagnostic as the terminal shows it (`path:line:column: error: [CODE] message`), a
    /// content file's path shown under `contentPath` (as the user named the content folder).
    /// `build`, `check` and `serve` (terminal and browser overlay) all print this text.
    public func formatted(contentPath: String) -> String {
        var shown = self
        shown.location.file = displayPath(contentPath: contentPath)
        return shown.formatted
    }

    /// The file of the diagnostic as the user finds it: content files under the content folder;
    /// absolute paths, default templates and addresses as they are.
    public func displayPath(contentPath: String) -> String {
        let file = location.file
        guard !file.hasPrefix("/") && !file.hasPrefix("Templates/") && !file.contains("://") else { return file }
        return (contentPath as NSString).appendingPathComponent(file)
    }
}
