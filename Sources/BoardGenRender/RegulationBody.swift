import BoardGenDiagnostics
import BoardGenLoad
import BoardGenMarkdown
import BoardGenModel
import BoardGenSupport

/// Renders a regulation's Markdown body, replacing fenced directive blocks
/// (`contacts parents`, `timetable consultations`, …) with HTML rendered from the data.
package struct RegulationBody {
    let site: Site
    let views: ViewFactory
    let templates: TemplateSet
    /// The page context the directive partials render inside (labels, root).
    let shared: PreparedContext
    package let sink: DiagnosticSink
    /// Directive HTML shared across the pages of one build.
    var cache = DirectiveCache()
    /// The content folder's files that links point to (attachments).
    let files: ContentFiles

    /// Makes a renderer for the regulations of one site; `files`, when a build renders many pages,
    /// is its one view of the content folder (resolving the folder's path costs system calls).
    package init(
        site: Site, views: ViewFactory, templates: TemplateSet, shared: PreparedContext, sink: DiagnosticSink,
        files: ContentFiles? = nil
    ) {
        self.site = site
        self.views = views
        self.templates = templates
        self.shared = shared
        self.sink = sink
        self.files = files ?? ContentFiles(contentRoot: site.contentRoot)
    }

    /// The directive names; any other info string on a fenced block is an error.
    static let directiveNames = ["contacts", "timetable", "person", "desk", "tell", "deadlines", "form"]

    /// The body HTML. Reports unknown directives, bad arguments, raw HTML and unsafe links.
    package func render(_ regulation: Regulation) -> String {
        renderWithAttachments(regulation).html
    }

    /// The body HTML and the files of the content folder it links to, which are published with
    /// the page. Reports unknown directives, bad arguments, raw HTML, unsafe links and links to
    /// files that cannot be published.
    package func renderWithAttachments(_ regulation: Regulation) -> (html: String, attachments: [Attachment]) {
        var markers = InlineMarkers()
        var attachments: [Attachment] = []
        let prepared = markers.extract(from: regulation.body)
        let result = CommonMark.render(
            prepared, tableLabel: views.labels.table,
            directive: { block in
                renderDirective(block, regulation: regulation, at: location(block.line, block.column, in: regulation))
            },
            link: { link in
                attachmentLabel(for: link, in: regulation, at: location(link.line, link.column, in: regulation))
                    .map { attachment, html in
                        attachments.append(attachment)
                        return html
                    }
            })
        report(result.findings, in: regulation)
        let html = markers.restore(in: result.html) { marker in
            renderMarker(marker, at: location(marker.line, marker.column, in: regulation))
        }
        return (html, attachments)
    }
}

private extension RegulationBody {
    /// A line and column of the body as a location in the regulation's file.
    func location(_ line: Int, _ column: Int, in regulation: Regulation) -> SourceLocation {
        SourceLocation(file: regulation.path, line: regulation.bodyFirstLine + line - 1, column: column)
    }

    func report(_ findings: [CommonMark.Finding], in regulation: Regulation) {
        for finding in findings {
            let location = location(finding.line, finding.column, in: regulation)
            switch finding.kind {
            case .rawHTML:
                let snippet = finding.text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(40)
                sink.report(
                    .rawHTMLDropped, "raw HTML is not allowed in regulations and was dropped: '\(snippet)'",
                    at: location)
            case .unsafeLink:
                sink.report(
                    .unsafeLinkDropped,
                    "unsafe link '\(finding.text.prefix(60))' was dropped; only http(s), mailto: and tel: links are kept",
                    at: location)
            case .tableTooLarge:
                sink.report(
                    .tableTooLarge,
                    "this table, with the tables before it, has up to \(finding.text) cells; boardgen renders at "
                        + "most \(CommonMark.maximumTableCells) in a regulation: split the table or attach the data as a "
                        + "spreadsheet, [данные](../files/data.xlsx)",
                    at: location)
            }
        }
    }
}

private extension RegulationBody {
    /// `[[пропуск]]` (or `[[gap]]`) is a blank the document left; `[[contact ID]]` a channel inline.
    func renderMarker(_ marker: InlineMarkers.Marker, at location: SourceLocation) -> String {
        switch marker.name {
        case "пропуск", "gap":
            return "<span class=\"gap\" data-gap=\"\(location.line)\">____</span>"
        case "contact":
            guard let id = marker.argument, let channel = site.channel(id) else {
                if let id = marker.argument, site.isAlreadyReported(id, in: "contacts.yaml") { return "" }
                if marker.argument == nil {
                    sink.report(
                        .unknownInlineMarker, "'[[contact]]' needs a channel id, e.g. [[contact school-phone]]",
                        at: location)
                    return ""
                }
                sink.report(
                    .unknownReference(
                        "contact", id: marker.argument ?? "", among: site.channels.map(\.id), at: location))
                return ""
            }
            return cache.inlineHTML(for: "contact \(id)") {
                templates.renderPartial("channel-inline", value: views.makeChannel(channel), shared: shared)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
        default:
            sink.report(
                .unknownInlineMarker, "unknown inline marker '[[\(marker.name)]]'; use [[contact ID]] or [[пропуск]]",
                at: location)
            return ""
        }
    }

    /// Points at the argument in the fence line (```timetable nope → the column of 'nope').
    func argumentLocation(_ argument: String?, fence: SourceLocation, in regulation: Regulation) -> SourceLocation {
        guard let argument else { return fence }
        let lines = regulation.body.split(separator: "\n", omittingEmptySubsequences: false)
        let index = fence.line - regulation.bodyFirstLine
        guard lines.indices.contains(index) else { return fence }
        let line = lines[index]
        let words = line.split(whereSeparator: \.isWhitespace)
        guard
            let word = words.dropFirst().first(where: { $0 == argument })
                ?? words.last(where: { $0.hasSuffix(argument) })
        else { return fence }
        return SourceLocation(
            file: fence.file, line: fence.line, column: line.distance(from: line.startIndex, to: word.startIndex) + 1)
    }

    func renderDirective(
        _ block: CommonMark.FencedBlock, regulation: Regulation, at location: SourceLocation
    ) -> String? {
        let name = block.words[0]
        let arguments = Array(block.words.dropFirst())
        guard Self.directiveNames.contains(name) else {
            let hint = Suggestion.didYouMean(name, in: Self.directiveNames).map { "\($0) " } ?? ""
            sink.report(
                .unknownDirective,
                "unknown directive '\(name)'; \(hint)known directives: \(Self.directiveNames.joined(separator: ", ")) (for a plain code block, leave the info string empty)",
                at: location)
            return ""
        }
        if !block.body.isEmpty && !block.body.trimmedSpacesAndNewlines.isEmpty {
            sink.report(
                .directiveArguments,
                "the body of a '\(name)' directive is ignored; the data comes from the content files",
                at: location, severity: .warning)
        }
        let renderer = DirectiveRenderer(site: site, views: views, templates: templates, shared: shared)
        let html = cache.html(for: block.words) {
            renderer.render(name: name, arguments: arguments, regulation: regulation).map {
                "<div class=\"directive directive-\(name)\">\n\($0)\n</div>"
            }
        }
        switch html {
        case .success(let html) where name == "tell":
            // The partial's list headings are h4 (under a desk's h3 elsewhere). In a regulation a hidden heading
            // names the block one level below where it stands (h2 in the text, h3 in a section), and the lists'
            // headings go one below that, so no level is skipped. Only the partial writes these tags.
            let level = block.isInSection ? 3 : 2
            let heading = Labels.forLanguage(site.settings.language).whatToTell.htmlEscaped
            let hidden = "<h\(level) class=\"visually-hidden\">\(heading)</h\(level)>"
            let open = "<div class=\"directive directive-tell\">\n"
            return html.replacingOccurrences(of: open, with: open + hidden + "\n")
                .replacingOccurrences(of: "<h4>", with: "<h\(level + 1)>")
                .replacingOccurrences(of: "</h4>", with: "</h\(level + 1)>")
        case .success(let html): return html
        case .failure(let failure) where failure.isAlreadyReported:
            return ""
        case .failure(let failure):
            sink.report(
                failure.code, failure.message, at: argumentLocation(failure.argument, fence: location, in: regulation))
            return ""
        }
    }
}
