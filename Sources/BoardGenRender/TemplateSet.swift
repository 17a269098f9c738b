import BoardGenDiagnostics
import BoardGenLoad
import BoardGenSupport
import Foundation
import Mustache

/// The Mustache templates and static assets of one build: the embedded defaults,
/// each replaceable by a file of the same name in the site's `templates/` folder.
package struct TemplateSet: Sendable {
    /// The compiled templates, partials included.
    let library: MustacheLibrary
    /// Static assets (`assets/style.css`, …) → text.
    let assets: [String: String]
    /// Template name → where its text came from, for diagnostics.
    let origins: [String: String]
    /// Template name → its text, to point a publication finding at the line that renders the item.
    let sources: [String: String]
    /// `{{#value}}{{> name}}{{/value}}` for every template, parsed once for directive rendering.
    let wrappers: [String: MustacheTemplate]
    /// The plans of the templates (by name) and of the wrappers (by the wrapped template's name).
    let plans: TemplatePlans

    /// The page templates every build needs.
    static let requiredTemplates = [
        "head", "foot", "home", "regulation", "contacts", "timetable-page", "support", "board", "board-print", "notice",
    ]

    /// Loads the defaults and the site's overrides, reporting broken templates. The embedded
    /// defaults alone are parsed once per process (a multi-site check uses them for every site).
    package static func load(overridesIn folder: URL?, sink: DiagnosticSink) -> TemplateSet? {
        guard folder == nil else { return parse(overridesIn: folder, sink: sink) }
        return DefaultsCache.shared.value { parse(overridesIn: nil, sink: sink) }
    }

    private static func parse(overridesIn folder: URL?, sink: DiagnosticSink) -> TemplateSet? {
        var sources = embeddedSources()
        var origins = Dictionary(uniqueKeysWithValues: sources.keys.map { ($0, "Templates/\($0)") })
        for (name, text) in overrides(in: folder, sink: sink) {
            sources[name] = text
            origins[name] = "templates/\(name)"
        }
        HTMLContentType.register
        var library = MustacheLibrary()
        var assets: [String: String] = [:]
        var isBroken = false
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            guard name.hasSuffix(".mustache") else {
                assets[name] = text
                continue
            }
            let templateName = String(name.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: HTMLContentType.pragmaLine + text), named: templateName)
            } catch {
                sink.report(diagnostic(for: error, file: origins[name] ?? name, text: text))
                isBroken = true
            }
        }
        let templateOrigins = Dictionary(
            uniqueKeysWithValues: origins.map {
                (String($0.key.replacingOccurrences(of: ".mustache", with: "")), $0.value)
            })
        let templateSources = Dictionary(
            uniqueKeysWithValues: sources.filter { $0.key.hasSuffix(".mustache") }
                .map { (String($0.key.dropLast(".mustache".count)), $0.value) })
        var wrappers: [String: MustacheTemplate] = [:]
        for name in templateSources.keys {
            wrappers[name] = try? MustacheTemplate(
                string: HTMLContentType.pragmaLine + "{{#value}}{{> \(name)}}{{/value}}")
        }
        let plans = TemplatePlans(library: library, names: templateSources.keys, wrappers: wrappers)
        let set = TemplateSet(
            library: library, assets: assets, origins: templateOrigins, sources: templateSources, wrappers: wrappers,
            plans: plans)
        set.checkPartials(sources: sources, sink: sink)
        return isBroken ? nil : set
    }

    /// The first line of any template that contains `needle` (the site's overrides before the
    /// defaults, each by name), to point a finding at the template that renders something.
    package func locate(_ needle: String) -> SourceLocation? {
        let isOverride = { (name: String) in origins[name]?.hasPrefix("templates/") == true }
        let names = sources.keys.sorted { isOverride($0) != isOverride($1) ? isOverride($0) : $0 < $1 }
        for name in names {
            guard let text = sources[name] else { continue }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let range = line.range(of: needle) {
                    return SourceLocation(
                        file: origins[name] ?? name, line: index + 1,
                        column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                }
            }
        }
        return nil
    }

    /// Renders a template by name (through its plan; by swift-mustache when the plan cannot).
    package func render(_ name: String, _ context: Any) -> String {
        let object = TemplateData.convert(context)
        if let output = plans.render(plans.templates[name], object: object) { return output }
        return library.render(object, withTemplate: name) ?? ""
    }

    /// Renders a partial for one value: `{{#value}}{{> name}}{{/value}}` with shared data around it.
    func renderPartial(_ name: String, value: Any, shared: PreparedContext) -> String {
        guard let template = wrappers[name] else { return "" }
        let object = shared.adding(["value": value])
        if let output = plans.render(plans.wrappers[name], object: object) { return output }
        return template.render(object, library: library)
    }
}

private extension TemplateSet {
    static func embeddedSources() -> [String: String] {
        DefaultTemplates.files
    }

    static func overrides(in folder: URL?, sink: DiagnosticSink) -> [String: String] {
        guard let folder, let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        else { return [:] }
        var result: [String: String] = [:]
        for case let url as URL in enumerator {
            let relative = url.path.replacingOccurrences(of: folder.path + "/", with: "")
            guard !url.hasDirectoryPath, !relative.hasPrefix("."), !url.lastPathComponent.hasPrefix(".") else {
                continue
            }
            let shown = "templates/\(relative)"
            guard let data = try? Data(contentsOf: url) else {
                sink.report(
                    .unreadableFile, "template could not be read (permission denied?)", at: SourceLocation(file: shown))
                continue
            }
            switch SourceText.decode(data, path: shown) {
            case .success(let source): result[relative] = source.text
            case .failure(let diagnostic): sink.report(diagnostic)
            }
        }
        return result
    }

    static func diagnostic(for error: Error, file: String, text: String) -> Diagnostic {
        if let parserError = error as? MustacheTemplate.ParserError,
            case .expectedSectionEnd? = parserError.error as? MustacheTemplate.Error,
            let open = unclosedSection(in: text)
        {
            let location = SourceLocation(file: file, line: open.line, column: open.column)
            return Diagnostic(
                .templateSyntax,
                "template syntax error: the section {{#\(open.name)}} opened here is never closed; add {{/\(open.name)}}",
                at: location)
        }
        if let parserError = error as? MustacheTemplate.ParserError {
            // Every template is parsed with the one-line content-type pragma in front of it.
            let location = SourceLocation(
                file: file, line: parserError.context.lineNumber - 1, column: parserError.context.columnNumber)
            return Diagnostic(
                .templateSyntax,
                "template syntax error: \(describe(parserError.error)) near '\(parserError.context.line.trimmingCharacters(in: .whitespaces))'",
                at: location)
        }
        return Diagnostic(.templateSyntax, "template syntax error: \(error)", at: SourceLocation(file: file))
    }

    /// The innermost section tag left open at the end of a template.
    static func unclosedSection(in text: String) -> (name: String, line: Int, column: Int)? {
        var stack: [(name: String, line: Int, column: Int)] = []
        let pattern = try! NSRegularExpression(pattern: #"\{\{([#^/])\s*([^}]+?)\s*\}\}"#)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let string = String(line)
            for match in pattern.matches(in: string, range: NSRange(string.startIndex..., in: string)) {
                let kind = (string as NSString).substring(with: match.range(at: 1))
                let name = (string as NSString).substring(with: match.range(at: 2))
                if kind == "/" {
                    if let last = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(last...) }
                } else {
                    let column =
                        string.distance(from: string.startIndex, to: Range(match.range, in: string)!.lowerBound) + 1
                    stack.append((name, index + 1, column))
                }
            }
        }
        return stack.last
    }

    static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a closing tag {{/…}} does not match the open section"
        case .unfinishedName: "a tag is not closed with }}"
        case .expectedSectionEnd: "a section {{#…}} is never closed with {{/…}}"
        case .invalidSetDelimiter: "invalid set-delimiter tag"
        default: "\(error)"
        }
    }

    /// Mustache renders a missing partial as nothing; a typo would silently drop content.
    func checkPartials(sources: [String: String], sink: DiagnosticSink) {
        let pattern = try! NSRegularExpression(pattern: #"\{\{>\s*([A-Za-z0-9_-]+)\s*\}\}"#)
        for (name, text) in sources where name.hasSuffix(".mustache") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                let string = String(line)
                for match in pattern.matches(in: string, range: NSRange(string.startIndex..., in: string)) {
                    let partial = (string as NSString).substring(with: match.range(at: 1))
                    guard library.getTemplate(named: partial) == nil else { continue }
                    let column =
                        string.distance(from: string.startIndex, to: Range(match.range, in: string)!.lowerBound) + 1
                    let file = origins[String(name.dropLast(".mustache".count))] ?? name
                    sink.report(
                        .templateMissing, "template includes the partial '\(partial)', which does not exist",
                        at: SourceLocation(file: file, line: index + 1, column: column))
                }
            }
        }
        for name in Self.requiredTemplates where library.getTemplate(named: name) == nil && origins[name] == nil {
            sink.report(
                .templateMissing, "the template '\(name).mustache' is missing",
                at: SourceLocation(file: "Templates/\(name).mustache"))
        }
    }
}

/// The parsed embedded templates, shared by every site of a run that does not override any.
/// `@unchecked Sendable`: swift-mustache's parsed templates are not marked Sendable; the cache
/// fills them once under its lock and never mutates them after.
private final class DefaultsCache: @unchecked Sendable {
    static let shared = DefaultsCache()
    private let lock = NSLock()
    private var parsed: TemplateSet??

    func value(_ parse: () -> TemplateSet?) -> TemplateSet? {
        lock.lock()
        defer { lock.unlock() }
        if let parsed { return parsed }
        let result = parse()
        parsed = .some(result)
        return result
    }
}
