import Foundation
import ScheduleModel
import Testing
import Yams

@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenLoad
@testable import BoardGenModel
@testable import BoardGenSupport

/// Issue 13 item 1: a corpus of real forms, as tests. Every file in Fixtures/corpus records the notations one
/// public school document or page uses (its phones, e-mails, hours, deadlines, approval blocks, tables), in its
/// own shape but with our own values. Each form goes through boardgen's real readers, and the promise is checked:
/// a form is either READ or REFUSED with a message that tells what to write instead; never a crash, never a
/// silent drop. The outcome of every form is a golden (Fixtures/corpus/outcomes.txt, re-recorded with
/// BOARDGEN_RECORD=1), so work on a notation shows up as a reviewed diff.
@Suite struct RealFormsCorpusTests {
    static let folder = Fixtures.root.appendingPathComponent("corpus")
    static let golden = folder.appendingPathComponent("outcomes.txt")

    @Test func corpusFilesAreWellFormedAndListed() throws {
        let documents = try Self.loadCorpus()
        #expect(documents.count >= 20, "the corpus promises at least 20 documents")
        let readme = try String(contentsOf: Self.folder.appendingPathComponent("README.md"), encoding: .utf8)
        for document in documents {
            for (key, value) in [
                ("source", document.source), ("title", document.title), ("kind", document.kind),
                ("platform", document.platform), ("region", document.region),
            ] {
                #expect(!value.trimmedSpacesAndNewlines.isEmpty, "\(document.file): '\(key)' is blank")
            }
            #expect(document.source.hasPrefix("http"), "\(document.file): the source is an address")
            #expect(!document.forms.isEmpty, "\(document.file) records no form")
            #expect(readme.contains(document.file), "README.md does not list \(document.file)")
            #expect(readme.contains(document.source), "README.md does not give the address of \(document.file)")
            for form in document.forms {
                if form.type == .approval {
                    #expect(!(form.lines ?? []).isEmpty, "\(document.file): an approval form needs 'lines'")
                } else {
                    #expect(!(form.text ?? "").isEmpty, "\(document.file): a \(form.type) form needs 'text'")
                }
            }
        }
    }

    @Test func everyFormIsReadOrRefusedWithAHintAndTheOutcomesMatchTheGolden() throws {
        let documents = try Self.loadCorpus()
        var lines: [String] = []
        for document in documents {
            let site = Self.needsSite(document) ? Self.build(document) : nil
            for form in document.forms {
                let outcome = Self.outcome(of: form, in: document, site: site)
                switch outcome {
                case .read(let canonical):
                    #expect(!canonical.isEmpty, "\(document.file): a read \(form.type) form has no canonical form")
                case .refused(let findings):
                    #expect(!findings.isEmpty, "\(document.file): '\(form.display)' refused without a diagnostic")
                    for finding in findings {
                        #expect(
                            Self.tellsWhatToWrite(finding.message),
                            "\(document.file): the refusal of '\(form.display)' does not say what to write: \(finding)")
                    }
                }
                lines.append("\(document.file) | \(form.type.rawValue) | \(form.display) | \(outcome.golden)")
            }
        }
        let recorded = lines.joined(separator: "\n") + "\n"
        if Fixtures.isRecording {
            try recorded.write(to: Self.golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        // Compared outside #expect so that a failure prints the changed lines, not both whole files.
        let matches = recorded == expected
        let changes = Self.difference(expected, recorded)
        #expect(matches, "outcomes.txt differs; review, then re-record with BOARDGEN_RECORD=1:\n\(changes)")
    }
}

// MARK: - The corpus files

extension RealFormsCorpusTests {
    /// One recorded document.
    struct Document: Decodable {
        var file = ""
        let source, title, kind, platform, region: String
        let scope: String?
        let forms: [Form]

        enum CodingKeys: String, CodingKey { case source, title, kind, platform, region, scope, forms }
    }

    /// One form the document uses.
    struct Form: Decodable {
        enum Kind: String, Decodable, CaseIterable {
            case phone, email, hours, deadline, approval, url, sms, table, attachment
        }

        struct Order: Decodable {
            let number: String?
            let date: String?
        }

        struct Approver: Decodable {
            let position: String?
            let name: String?
        }

        let type: Kind
        let text: String?
        let note: String?
        let lines: [String]?
        let side: String?
        let kind: String?
        let columns: [String]?
        let order: Order?
        let approvedBy: Approver?

        enum CodingKeys: String, CodingKey {
            case type, text, note, lines, side, kind, columns, order
            case approvedBy = "approved_by"
        }

        /// The form as one line of the golden.
        var display: String {
            let shown = type == .approval ? (lines ?? []).joined(separator: " / ") : (text ?? "")
            return shown.replacingOccurrences(of: "\n", with: " ")
        }
    }

    static let documentKeys: Set<String> = ["source", "title", "kind", "platform", "region", "scope", "forms"]
    static let formKeys: Set<String> = [
        "type", "text", "note", "lines", "side", "kind", "columns", "order", "approved_by",
    ]

    /// Every corpus file, by name; an unknown key is an error, as in boardgen's own content.
    static func loadCorpus() throws -> [Document] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let raw = try #require(try Yams.load(yaml: text) as? [String: Any], "\(name) is not a mapping")
            let unknown = Set(raw.keys).subtracting(documentKeys)
            #expect(unknown.isEmpty, "\(name): unknown keys \(unknown.sorted())")
            for form in raw["forms"] as? [[String: Any]] ?? [] {
                let unknownInForm = Set(form.keys).subtracting(formKeys)
                #expect(unknownInForm.isEmpty, "\(name): unknown form keys \(unknownInForm.sorted())")
            }
            var document = try YAMLDecoder().decode(Document.self, from: text)
            document.file = name
            return document
        }
    }
}

// MARK: - Running the readers

extension RealFormsCorpusTests {
    /// A diagnostic as the golden prints it.
    struct Finding: CustomStringConvertible {
        let code: String
        let message: String
        var description: String { "[\(code)] \(message)" }
    }

    /// What boardgen made of a form.
    enum Outcome {
        case read(String)
        case refused([Finding])

        var golden: String {
            switch self {
            case .read(let canonical): "read: \(canonical)"
            case .refused(let findings): "refused: " + findings.map(\.description).joined(separator: " ; ")
            }
        }
    }

    static func outcome(of form: Form, in document: Document, site: Built?) -> Outcome {
        let text = form.text ?? ""
        switch form.type {
        case .hours:
            switch OpeningHours.parse(text) {
            case .success(let hours): return .read(hours.format(.ru))
            case .failure(let failure): return .refused(failure.diagnostics.map(finding))
            }
        case .deadline:
            switch DeadlineRule.parse(text) {
            case .success(let rule): return .read(rule.format(.ru))
            case .failure(let failure): return .refused(failure.diagnostics.map(finding))
            }
        case .phone, .sms:
            return address(text, kind: .phone) {
                PhoneText($0).map { text in
                    text.numbers.map { "\($0.display) → \($0.telURI ?? "no link")" }.joined(separator: "; ")
                } ?? ""
            }
        case .email:
            return address(text, kind: .email) { $0 }
        case .url:
            return address(text, kind: .url) { $0 }
        case .approval, .table, .attachment:
            guard let site else { return .refused([Finding(code: "none", message: "no test site was built")]) }
            return printed(form, in: document, site: site)
        }
    }

    static func finding(_ diagnostic: ScheduleDiagnostic) -> Finding {
        Finding(code: diagnostic.code.rawValue, message: diagnostic.message)
    }

    static func finding(_ diagnostic: Diagnostic) -> Finding {
        Finding(code: diagnostic.code, message: diagnostic.message)
    }

    /// A channel value through the loader's own validation; when it passes, the display form.
    static func address(_ text: String, kind: Channel.Kind, canonical: (String) -> String) -> Outcome {
        let session = LoadSession(root: folder)
        session.validateAddress(Located(text, at: SourceLocation(file: "contacts.yaml")), kind: kind)
        let findings = session.sink.bag.sorted.map(finding)
        guard findings.isEmpty else { return .refused(findings) }
        let shown = canonical(text.trimmedSpaces)
        return shown.isEmpty ? .refused([Finding(code: "none", message: "accepted but not readable")]) : .read(shown)
    }

    /// Messages that show the right form: an instruction or an example.
    static func tellsWhatToWrite(_ message: String) -> Bool {
        let lowered = message.lowercased()
        return !message.isEmpty
            && ["write", "use ", "expected", "e.g.", "such as", "for example", "try "].contains {
                lowered.contains($0)
            }
    }
}

// MARK: - Approval blocks, tables and appendices, printed in a tiny site

extension RealFormsCorpusTests {
    /// One tiny site per document: the base site with one regulation of the document's kind (when boardgen knows
    /// it) whose approval is the document's approval blocks as `stamps`, in their order, with the facts they state
    /// under `order` and `approved_by`; its tables with columns are appendix forms, its other tables and
    /// appendices footnotes printed as written. The build must have no errors and the page must print every
    /// line exactly; what check says of the document is recorded with each of these forms.
    struct Built {
        let page: String?
        let buildErrors: [Finding]
        let findings: [Finding]

        /// What check said of the document, for the golden.
        var checkNote: String {
            findings.isEmpty ? "check: clean" : "check: " + findings.map(\.description).joined(separator: " ; ")
        }
    }

    static func needsSite(_ document: Document) -> Bool {
        document.forms.contains { [.approval, .table, .attachment].contains($0.type) }
    }

    /// The outcome of an approval block, table or appendix in its document's site.
    static func printed(_ form: Form, in document: Document, site: Built) -> Outcome {
        guard let page = site.page else { return .refused(site.buildErrors) }
        let how: String
        let expected: [String]
        switch form.type {
        case .approval:
            let lines = form.lines ?? []
            expected = lines.map { "<p>\($0.htmlEscaped)</p>" }
            how =
                "stamp (\(form.side ?? "full"), \(form.kind ?? "approval")) of \(lines.count) lines printed as written"
        default:
            let columns = form.columns ?? []
            expected = ([form.text ?? ""] + columns).map(\.htmlEscaped)
            how =
                columns.isEmpty
                ? "printed as written (a footnote; no notation to read)"
                : "appendix form with \(columns.count) columns printed as written"
        }
        let missing = expected.filter { !page.contains($0) }
        #expect(missing.isEmpty, "\(document.file): the page does not print \(missing) exactly")
        return .read(how + "; " + site.checkNote)
    }

    /// Builds and checks the document's tiny site.
    static func build(_ document: Document) -> Built {
        let root = Fixtures.makeTemporaryFolder("corpus")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("content")
        do {
            try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            try Fixtures.overlay(Fixtures.baseSite, onto: site)
            try regulation(for: document).write(
                to: site.appendingPathComponent("regulations/help.md"), atomically: true, encoding: .utf8)
        } catch {
            Issue.record("\(document.file): cannot write the test site: \(error)")
            return Built(page: nil, buildErrors: [Finding(code: "none", message: "\(error)")], findings: [])
        }
        let result = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(document.file): the build failed:\n\(Fixtures.render(result.diagnostics))")
        guard errors.isEmpty, let page = result.files.first(where: { $0.path == "regulations/help.html" })?.text else {
            return Built(page: nil, buildErrors: errors.map(finding), findings: [])
        }
        let checked = SiteChecker(contentFolder: site, today: Fixtures.today).check()
        var seen = Set<String>()
        let findings = (result.diagnostics + checked.diagnostics).map(finding).filter {
            seen.insert($0.description).inserted
        }
        return Built(page: page, buildErrors: [], findings: findings)
    }

    /// The regulation file of a document's site.
    static func regulation(for document: Document) -> String {
        var front = ["---", "title: \(quoted(document.title))", "audiences: [staff, parents]"]
        if let kind = DocumentKind(rawValue: document.kind) { front.append("kind: \(kind.rawValue)") }
        let approvals = document.forms.filter { $0.type == .approval }
        if !approvals.isEmpty {
            front.append("approval:")
            let position = approvals.lazy.compactMap { $0.approvedBy?.position }.first
            let name = approvals.lazy.compactMap { $0.approvedBy?.name }.first
            let by = [position.map { "position: \(quoted($0))" }, name.map { "name: \(quoted($0))" }].compactMap { $0 }
            if !by.isEmpty { front.append("  approved_by: { \(by.joined(separator: ", ")) }") }
            let number = approvals.lazy.compactMap { $0.order?.number }.first
            let date = approvals.lazy.compactMap { $0.order?.date }.first
            let order = [number.map { "number: \(quoted($0))" }, date.map { "date: \($0)" }].compactMap { $0 }
            if !order.isEmpty { front.append("  order: { \(order.joined(separator: ", ")) }") }
            front.append("  stamps:")
            for form in approvals {
                front += [
                    "    - side: \(form.side ?? "full")", "      kind: \(form.kind ?? "approval")",
                    "      lines: [\((form.lines ?? []).map(quoted).joined(separator: ", "))]",
                ]
            }
        }
        let printed = document.forms.filter { $0.type == .table || $0.type == .attachment }
        let forms = printed.filter { !($0.columns ?? []).isEmpty }
        if !forms.isEmpty {
            front.append("appendices:")
            for (index, form) in forms.enumerated() {
                let columns = (form.columns ?? []).map(quoted).joined(separator: ", ")
                let title = quoted(form.text ?? "")
                front.append(
                    "  - { id: form-\(index + 1), label: \"Приложение \(index + 1)\", title: \(title), "
                        + "columns: [\(columns)] }")
            }
        }
        let notes = printed.filter { ($0.columns ?? []).isEmpty }
        if !notes.isEmpty {
            front.append("footnotes:")
            for (index, form) in notes.enumerated() {
                let text = quoted(form.text ?? "")
                front.append("  - { mark: \"\(index + 1)\", text: \(text) }")
            }
        }
        front += ["uses:", "  contacts: [school-phone]", "---", "1. Звоните по телефону [[contact school-phone]]."]
        return front.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The lines of `recorded` that differ from `expected`, for the failure message.
    static func difference(_ expected: String, _ recorded: String) -> String {
        let old = Set(expected.split(separator: "\n")), new = Set(recorded.split(separator: "\n"))
        let removed = expected.split(separator: "\n").filter { !new.contains($0) }.map { "- \($0)" }
        let added = recorded.split(separator: "\n").filter { !old.contains($0) }.map { "+ \($0)" }
        return (removed + added).joined(separator: "\n")
    }
}
