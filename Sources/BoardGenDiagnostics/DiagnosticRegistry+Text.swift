extension DiagnosticRegistry {
    /// What `boardgen explain CODE` prints: the code, its severity and area, what it means, an
    /// example that triggers it and how to fix it.
    public static func explanation(of code: any RegisteredCode) -> String {
        """
        \(code.rawValue) (\(code.severity.rawValue), \(code.area.rawValue)): \(code.summary)

        \(code.explanation)

        Example:
          \(code.example.replacingOccurrences(of: "\n", with: "\n  "))

        Fix:
          \(code.fix.replacingOccurrences(of: "\n", with: "\n  "))

        """
    }

    /// One line per code, for `boardgen explain --list`.
    public static func list() -> String {
        all.map {
            "\($0.rawValue)  \($0.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \($0.summary)"
        }
        .joined(separator: "\n") + "\n"
    }

    /// docs/diagnostics.md, generated from the registry (a test keeps the file equal to this).
    public static func markdown() -> String {
        var text = """
            # Diagnostics

            <!-- Generated from the registry (Sources/BoardGenDiagnostics) by `boardgen explain --markdown`. -->
            Every finding is printed as `path:line:column: error|warning: [CODE] message`.
            `boardgen explain CODE` prints the explanation, an example and the fix of one code.

            """
        for area in DiagnosticArea.allCases {
            text += "\n## \(area.title)\n\n| code | severity | meaning |\n|---|---|---|\n"
            for code in codes(in: area) {
                text += "| [\(code.rawValue)](#\(code.rawValue.lowercased())) | \(code.severity.rawValue) | "
                text += "\(escapedCell(code.summary)) |\n"
            }
        }
        text += "\n## Explanations\n"
        for code in all {
            text += "\n### \(code.rawValue)\n\n\(code.explanation)\n\n"
            text += "- Example: \(escapedInline(code.example))\n- Fix: \(escapedInline(code.fix))\n"
        }
        return text
    }
}

private extension DiagnosticRegistry {
    static func escapedCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    static func escapedInline(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ⏎ ")
    }
}
