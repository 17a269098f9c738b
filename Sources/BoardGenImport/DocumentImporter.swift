import BoardGenDiagnostics
import BoardGenModel
import Foundation

/// `boardgen import`'s library entry: reads the documents and drafts one site from them. The
/// result is files (relative path → text) and findings; writing them is the caller's (the writer's).
package struct DocumentImporter: Sendable {
    package var reader: DocumentReader
    /// The school year the draft's site.yaml starts in (its 1 September).
    package var schoolYearStart: Int

    /// Makes an importer.
    package init(reader: DocumentReader = DocumentReader(), schoolYearStart: Int) {
        self.reader = reader
        self.schoolYearStart = schoolYearStart
    }

    /// The draft of `paths`, or the failures of the documents that cannot be read (all of them).
    package func draft(_ paths: [String]) -> Result<DraftResult, ImportFailures> {
        var documents: [SourceDocument] = []
        var failures: [Diagnostic] = []
        for path in paths {
            do { documents.append(try reader.read(path)) } catch { failures.append(error.diagnostic) }
        }
        guard failures.isEmpty else { return .failure(ImportFailures(diagnostics: failures)) }
        var draft = Draft()
        var units: [String: SourceDocument.LocationUnit] = [:]
        for document in documents {
            units[document.path] = document.unit
            draft.findings += document.notes
            let parts = DocumentStructure.parts(of: document.blocks, fileName: document.path)
            for part in parts {
                let slug = Slug.unique(Slug.make(part.title, limit: 4), among: Set(draft.regulations.map(\.slug)))
                var composer = DraftComposer(
                    draft: draft, unit: document.unit, part: part, slug: slug, order: draft.regulations.count + 1)
                draft = composer.compose()
            }
        }
        SiteFacts.fill(&draft, from: documents)
        let files = DraftFiles(draft: draft, schoolYearStart: schoolYearStart).make()
        let report = ImportReport(draft: draft, paths: paths, units: units).markdown()
        return .success(DraftResult(files: files.merging(["IMPORT.md": report]) { $1 }, draft: draft))
    }
}

/// What an import produced.
package struct DraftResult: Sendable {
    /// Relative path → file text.
    package var files: [String: String]
    package var draft: Draft
}

/// Every document that could not be read, each with its one diagnostic.
package struct ImportFailures: Error, Sendable {
    package var diagnostics: [Diagnostic]
}
