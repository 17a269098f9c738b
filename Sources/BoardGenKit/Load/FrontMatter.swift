/// Splits a Markdown file into YAML front matter (between `---` lines) and body.
struct FrontMatter {
    /// The YAML text.
    var yaml: String
    /// The Markdown body.
    var body: String
    /// The 1-based line where the body starts.
    var bodyFirstLine: Int

    /// Splits the text, or returns the diagnostic saying why it cannot.
    static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            return .failure(.error("BG110", "a regulation must start with front matter: a line '---', YAML keys (title, approval, …), and another '---'", at: SourceLocation(file: path)))
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            return .failure(.error("BG110", "the front matter opened on line 1 never closes; add a line '---' after the last YAML key", at: SourceLocation(file: path)))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, body: body, bodyFirstLine: close + 2))
    }
}
