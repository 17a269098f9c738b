import Foundation

/// The five seed regulations (../shared/seeds) and their Word versions: each seed's text is laid
/// out as Markdown the way a Word author would have typed it (one paragraph per line; "N." lines as
/// Word's automatic numbering, "N.M." lines as its second level; tab-separated lines as tables) and
/// converted to .docx by pandoc.
enum SeedDocuments {
    /// The seeds folder, or nil when this checkout has none next to it.
    static var folder: URL? {
        for candidate in [
            Fixtures.repository.deletingLastPathComponent().appendingPathComponent("shared/seeds"),
            URL(fileURLWithPath: "/work/shared/seeds"),
        ] where FileManager.default.fileExists(atPath: candidate.path) {
            return candidate
        }
        return nil
    }

    /// Seed number → example folder name.
    static let examples = [
        "000": "gymnasium-1", "001": "kerch-gymnasium-1", "002": "elzhur-school", "003": "adilsoltanov-gymnasium",
        "004": "glazovo-school",
    ]

    /// The seed's .txt file.
    static func text(_ seed: String) -> URL? {
        guard let folder else { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.first { $0.hasPrefix(seed + "_") && $0.hasSuffix(".txt") }.map {
            folder.appendingPathComponent($0)
        }
    }

    /// Writes `seed.docx` into `folder` (pandoc, Markdown → docx) and returns it.
    static func docx(_ seed: String, in folder: URL) throws -> URL {
        guard let source = text(seed) else { throw CocoaError(.fileNoSuchFile) }
        let markdown = wordMarkdown(try String(contentsOf: source, encoding: .utf8))
        let input = folder.appendingPathComponent("\(seed).md")
        let output = folder.appendingPathComponent("\(seed).docx")
        try markdown.write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "pandoc", "--from", "markdown-smart-auto_identifiers", "--to", "docx", "-o", output.path, input.path,
        ]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return output
    }

    /// The seed as Markdown for pandoc's docx writer: every paragraph after a numbered line belongs
    /// to that item (as in Word), a number that does not follow on starts a new list.
    static func wordMarkdown(_ text: String) -> String {
        var out: [String] = []
        var lines = text.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")[...]
        var lastTop: Int?
        while let raw = lines.popFirst() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if raw.contains("\t") {
                var rows = [raw]
                while let next = lines.first, next.contains("\t") { rows.append(lines.removeFirst()) }
                out.append(table(rows))
                lastTop = nil
                continue
            }
            if line.hasPrefix("**") {
                if line.components(separatedBy: "**").count % 2 == 0 {
                    while let next = lines.popFirst() {
                        line += " " + next.trimmingCharacters(in: .whitespaces)
                        if next.contains("**") { break }
                    }
                }
                out.append(line)
                lastTop = nil
                continue
            }
            line = line.replacing(/\^\{([0-9 ]+)\}/) { match in
                match.output.1.split(separator: " ").map { "^\($0)^" }.joined(separator: " ")
            }
            let indent = lastTop == nil ? "" : "    "
            if let match = line.wholeMatch(of: /(\d+)\.\s+(.*)/), let number = Int(match.output.1) {
                if let last = lastTop, number != last + 1 { out.append("<!-- -->") }
                out.append("\(number). \(escaped(String(match.output.2)))")
                lastTop = number
            } else if lastTop != nil, let match = line.wholeMatch(of: /\d+\.(\d+)\.\s+(.*)/) {
                out.append("    \(match.output.1). \(escaped(String(match.output.2)))")
            } else if line.hasPrefix("- ") {
                out.append(indent + "- " + escaped(String(line.dropFirst(2))))
            } else {
                out.append(indent + escaped(line))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// Characters Markdown would read as syntax, except `**` bold, `^…^` marks and `<https://…>`.
    static func escaped(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "_", with: "\\_").replacingOccurrences(of: "[", with: "\\[")
        if result.hasPrefix("#") { result = "\\" + result }
        if let match = result.firstMatch(of: /^(\d+(?:\.\d+)*)\.(\s)/) {
            result = "\(match.output.1)\\.\(match.output.2)" + result.dropFirst(match.output.0.count)
        }
        return result
    }

    static func table(_ rows: [String]) -> String {
        let cells = rows.map { $0.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) } }
        let width = cells.map(\.count).max() ?? 1
        func line(_ row: [String]) -> String {
            "| " + (row + Array(repeating: "", count: width - row.count)).joined(separator: " | ") + " |"
        }
        return ([line(cells[0]), "|" + String(repeating: "---|", count: width)] + cells.dropFirst().map(line))
            .joined(separator: "\n")
    }
}
