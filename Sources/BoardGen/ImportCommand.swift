import ArgumentParser
import BoardGenDiagnostics
import BoardGenKit
import Foundation

/// `boardgen import FILE… --into DIR`: drafts a site from a school's documents. Prints what to
/// confirm and the documents' gaps as warnings (also in DIR/IMPORT.md); a document that cannot be
/// read is one error and nothing is written (exit 1); a DIR that holds files or a missing FILE is
/// a usage error (exit 2).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Draft a content folder from a school's regulation (.docx, .odt, .rtf, .html, .md, .txt).",
        discussion: "Several files make one site. Read DIR/IMPORT.md, confirm each '# проверьте' note, then build."
    )

    @Argument(help: "The documents.")
    var files: [String]

    @Option(help: "The new (or empty) content folder to draft into.")
    var into: String

    @Option(help: "The date the draft's school year is chosen from (YYYY-MM-DD); default: today.")
    var today: String?

    func validate() throws {
        if let today, Self.date(today) == nil { throw ValidationError("--today '\(today)' is not a date YYYY-MM-DD") }
    }

    func run() throws {
        let day = today.flatMap(Self.date) ?? Date()
        let outcome = SiteImporter(documents: files, into: URL(fileURLWithPath: into), today: day).run()
        for diagnostic in outcome.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.formatted + "\n").utf8))
        }
        if outcome.diagnostics.contains(where: \.isUsageError) { throw ExitCode(2) }
        guard !outcome.failed else {
            FileHandle.standardError.write(Data("import failed: nothing was written to '\(into)'\n".utf8))
            throw ExitCode(1)
        }
        let confirm = outcome.diagnostics.filter { $0.code == DiagnosticCode.importToConfirm.rawValue }.count
        let gaps = outcome.diagnostics.filter { $0.code == DiagnosticCode.importDocumentGap.rawValue }.count
        print(
            "drafted \(outcome.fileCount) files into \(into): \(confirm) facts to confirm, \(gaps) gaps of the "
                + "document (see \(into)/IMPORT.md)"
        )
    }

    static func date(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.date(from: text)
    }
}
