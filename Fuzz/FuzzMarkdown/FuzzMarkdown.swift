// libFuzzer target for the Markdown body of a regulation: inline markers, cmark, directives (issue 6).
//
// Built by scripts/fuzz.sh with `-sanitize=fuzzer,address -DFUZZING`; see docs/fuzzing.md.
// In a normal `swift build` (no FUZZING) it is a small replay tool instead:
// `FuzzMarkdown FILE…` runs each file through the same steps.
//
// The site of BOARDGEN_FUZZ_SITE (default `content`) is loaded once, with the default templates.
// Per input: the text (its body when it starts with front matter) becomes the body of that
// site's first regulation and is rendered through `RegulationBody` (InlineMarkers →
// CommonMark.render → DirectiveRenderer → marker restore), as `SiteRenderer` does for a page;
// then `CommonMark.renderInline` on the same text. With BOARDGEN_FUZZ_STRICT=1 the HTML must not
// contain `<script`, `<iframe` or `<style` (content must not inject HTML).
// Needs `@testable import` (the renderers are internal): a debug build.
import Foundation
import FuzzDriver

#if DEBUG
import BoardGenDiagnostics
import BoardGenKit
import BoardGenLoad
import BoardGenMarkdown
import BoardGenModel
import BoardGenRender
import ScheduleModel

let strictHTML = ProcessInfo.processInfo.environment["BOARDGEN_FUZZ_STRICT"] == "1"

struct Fixture {
    let site: Site
    let templates: TemplateSet
    let views: ViewFactory
    let shared: PreparedContext
    let regulation: Regulation
}

let fixture: Fixture = {
    let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["BOARDGEN_FUZZ_SITE"] ?? "content")
    let loaded = ContentLoader(contentFolder: folder).load()
    guard let site = loaded.site, let regulation = site.regulations.first else {
        fatalError(
            "FuzzMarkdown: \(folder.path) did not load a site with a regulation; set BOARDGEN_FUZZ_SITE\n"
                + loaded.diagnostics.map(\.formatted).joined(separator: "\n"))
    }
    guard let templates = TemplateSet.load(overridesIn: nil, sink: DiagnosticSink()) else {
        fatalError("default templates do not load")
    }
    let views = ViewFactory(site: site, today: site.settings.today ?? LocalDate(year: 2026, month: 11, day: 22)!)
    let shared = PreparedContext(
        PageContext(site: site, labels: views.labels).make(
            title: regulation.title, depth: 1, current: "regulations/\(regulation.id).html"))
    return Fixture(site: site, templates: templates, views: views, shared: shared, regulation: regulation)
}()

func fuzzMarkdown(_ data: Data) {
    // The loader only accepts valid UTF-8 without NUL; anything else cannot reach the renderer.
    guard case .success(let source) = SourceText.decode(data, path: "regulations/x.md") else { return }
    var regulation = fixture.regulation
    regulation.path = source.path
    if case .success(let parts) = FrontMatter.split(source.text, path: source.path) {
        regulation.body = parts.body
        regulation.bodyFirstLine = parts.bodyFirstLine
    } else {
        regulation.body = source.text
        regulation.bodyFirstLine = 1
    }
    let sink = DiagnosticSink()
    let body = RegulationBody(
        site: fixture.site, views: fixture.views, templates: fixture.templates, shared: fixture.shared, sink: sink)
    let html = body.render(regulation)
    let inline = CommonMark.renderInline(regulation.body)
    if strictHTML {
        for output in [html, inline] {
            let lowered = output.lowercased()
            for tag in ["<script", "<iframe", "<style"] where lowered.contains(tag) {
                fatalError("rendered HTML contains \(tag): \(regulation.body.debugDescription)")
            }
        }
    }
}
#else
import BoardGenKit

func fuzzMarkdown(_ data: Data) {
    fatalError("FuzzMarkdown needs a debug build (@testable import BoardGenKit); see docs/fuzzing.md")
}
#endif

#if FUZZING
@_cdecl("FuzzMarkdown_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, target: fuzzMarkdown)
}
#else
@main
enum Replay {
    static func main() throws {
        try FuzzDriver.replay(fuzzMarkdown)
    }
}
#endif
