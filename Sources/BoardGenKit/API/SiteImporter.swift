import BoardGenDiagnostics
import BoardGenImport
import BoardGenWrite
import Foundation

/// `boardgen import FILE… --into DIR`: drafts a content folder from a school's documents (Word,
/// OpenDocument, RTF, HTML, Markdown or text) and writes it, with IMPORT.md, into a new folder.
public struct SiteImporter: Sendable {
    /// The documents, as given.
    public var documents: [String]
    /// The new (or empty) content folder.
    public var target: URL
    /// The year whose 1 September starts the draft's school year.
    public var schoolYearStart: Int
    /// pandoc's executable; nil: `BOARDGEN_PANDOC` or `pandoc` in PATH.
    public var pandocExecutable: String?

    /// Makes an importer; `schoolYearStart` defaults to the school year of `today`.
    public init(documents: [String], into target: URL, today: Date = Date()) {
        self.documents = documents
        self.target = target
        let calendar = Calendar(identifier: .gregorian)
        let year = calendar.component(.year, from: today)
        schoolYearStart = calendar.component(.month, from: today) >= 8 ? year : year - 1
    }

    /// What an import did.
    public struct Outcome: Sendable {
        /// Refusals (errors) or what to confirm and the documents' gaps (warnings).
        public var diagnostics: [Diagnostic]
        /// IMPORT.md's text when a draft was written.
        public var report: String?
        /// Files written.
        public var fileCount: Int
        /// True when nothing was written.
        public var failed: Bool { report == nil }
    }

    /// Reads the documents and writes the draft; nothing is written when a document is refused.
    public func run() -> Outcome {
        let writer = DraftFolderWriter(target: target)
        if let refusal = writer.refusal() { return Outcome(diagnostics: [refusal], report: nil, fileCount: 0) }
        let reader = DocumentReader(pandoc: PandocProcess(executable: pandocExecutable))
        switch DocumentImporter(reader: reader, schoolYearStart: schoolYearStart).draft(documents) {
        case let .failure(failures):
            return Outcome(diagnostics: failures.diagnostics, report: nil, fileCount: 0)
        case let .success(result):
            if let failure = writer.write(result.files) {
                return Outcome(diagnostics: [failure], report: nil, fileCount: 0)
            }
            return Outcome(
                diagnostics: result.draft.findings, report: result.files["IMPORT.md"], fileCount: result.files.count)
        }
    }
}
