import ArgumentParser
import BoardGenDiagnostics
import BoardGenKit
import Foundation

/// `boardgen build`: content folder → website (and the board pages) in the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the website and the notice-board pages from the content folder.",
        discussion: """
            With several content folders (a municipality's schools: --content schools/*), each site is \
            built into OUTPUT/<name of its content folder>, side by side on all cores; a site with errors \
            leaves its previous output untouched and does not stop the others.
            """
    )

    @OptionGroup var sites: SitesOptions

    @Flag(name: .long, help: "Also write report.html: every required item × website × board, with where it was found.")
    var report = false

    @Flag(
        name: .long,
        help: """
            Render every page. By default a rebuild renders only the pages whose inputs changed since \
            the last build and keeps the others (the cache is the hidden files \
            .<output name>.boardgen-cache, -cache-inputs and -cache-regulations next to the output folder, \
            and the previous output kept as .<output name>.boardgen-spare).
            """)
    var noCache = false

    func validate() throws {
        let names = sites.content.map { URL(fileURLWithPath: $0).standardizedFileURL.lastPathComponent }
        if let repeated = Dictionary(grouping: names, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw ValidationError(
                "two content folders are named '\(repeated)'; with several sites each is built into --output/<folder name>, so the names must differ"
            )
        }
    }

    func run() throws {
        let (content, output, day, report) = (sites.content, sites.output, sites.todayDate, report)
        let targets = outputFolders
        let identity = noCache ? nil : ToolIdentity.quick
        let results = Array(zip(content, targets)).parallelMap { folder, target in
            let output = URL(fileURLWithPath: target)
            let cache = identity.map { BuildCache(file: BuildCache.defaultFile(forOutput: output), toolIdentity: $0) }
            return SiteBuilder(contentFolder: URL(fileURLWithPath: folder), today: day).build(
                into: output, report: report, cache: cache)
        }
        for (folder, result) in zip(content, results) {
            DiagnosticPrinter.printAll(result.diagnostics, contentPath: folder)
        }
        if results.contains(where: { $0.diagnostics.contains(where: \.isUsageError) }) {
            throw ExitCode(2)  // the output folder itself is a usage mistake
        }
        let failed = zip(targets, results).filter { $0.1.hasErrors }
        for (target, result) in failed {
            FileHandle.standardError.write(
                Data(
                    "build failed: \(DiagnosticPrinter.summary(result.diagnostics)); '\(target)' was left unchanged\n"
                        .utf8))
        }
        let files = results.filter { !$0.hasErrors }.map(\.fileCount).reduce(0, +)
        let summary = DiagnosticPrinter.summary(results.flatMap(\.diagnostics))
        if content.count > 1 {
            print(
                "built \(content.count - failed.count) of \(content.count) sites, \(files) files into \(output) (\(summary))"
            )
        } else if failed.isEmpty {
            print("built \(files) files into \(output) (\(summary))")
        }
        // The results hold every site's model: the system frees it faster than a teardown would.
        BoardGenCommand.exitWithoutTeardown(failed.isEmpty ? 0 : 1, keeping: results)
    }
}

private extension BuildCommand {
    /// --output for one site; --output/<name of the content folder> for each of several.
    var outputFolders: [String] {
        guard sites.content.count > 1 else { return [sites.output] }
        return sites.content.map {
            (sites.output as NSString).appendingPathComponent(
                URL(fileURLWithPath: $0).standardizedFileURL.lastPathComponent)
        }
    }
}
