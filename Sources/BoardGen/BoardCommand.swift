import ArgumentParser
import BoardGenDiagnostics
import BoardGenKit
import Foundation

/// `boardgen board`: writes the site with its board pages and, with `--pdf`, one PDF of the notices.
struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Write the notice-board pages and optionally one PDF of all (or only the changed) notices."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Write one PDF of the notices to this file (needs Chromium or Chrome).")
    var pdf: String?

    @Option(name: .long, help: "Only notices that differ from an earlier build: an output folder or a git revision.")
    var since: String?

    @Option(name: .long, help: "The browser to print with (default: chromium or google-chrome on PATH).")
    var browser: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var printer: PDFPrinter?
        if pdf != nil {
            printer = PDFPrinter.find(
                explicit: browser ?? environment["BOARDGEN_CHROMIUM"], searchPath: environment["PATH"] ?? "/usr/bin")
            guard printer != nil else {
                FileHandle.standardError.write(Data("error: \(PDFPrinter.Failure.noBrowser)\n".utf8))
                throw ExitCode(2)
            }
        }
        let builder = SiteBuilder(contentFolder: site.contentURL, today: site.todayDate)
        let previous = try since.map { try previousPages($0, builder: builder) }
        let result = builder.build(into: site.outputURL)
        DiagnosticPrinter.printAll(result.diagnostics, contentPath: site.content)
        guard !result.hasErrors else {
            FileHandle.standardError.write(
                Data("board failed: \(DiagnosticPrinter.summary(result.diagnostics))\n".utf8))
            throw ExitCode(1)
        }
        var notices = result.noticeIDs
        if let previous {
            let current = PreviousBuild.boardPages(inOutput: site.outputURL)
            notices = BoardComparison.changedNotices(
                current: BoardComparison.noticePages(current, ids: notices), order: notices,
                previous: BoardComparison.noticePages(previous, ids: notices))
            print(
                notices.isEmpty
                    ? "no notice changed since \(since!)"
                    : "changed since \(since!): \(notices.joined(separator: ", "))")
        } else {
            print("\(notices.count) notices in \(site.output)/board/ (print all: \(site.output)/board/print.html)")
        }
        if let pdf, let printer, !notices.isEmpty {
            try printNotices(notices, all: result.noticeIDs, printer: printer, to: URL(fileURLWithPath: pdf))
        }
    }
}

private extension BoardCommand {
    func previousPages(_ reference: String, builder: SiteBuilder) throws -> [String: String] {
        do {
            return try PreviousBuild.boardPages(since: reference, contentFolder: site.contentURL) { folder in
                SiteBuilder(contentFolder: folder, today: builder.today).render()
            }
        } catch {
            FileHandle.standardError.write(Data("error: --since \(reference): \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// All notices print from board/print.html; a subset from a temporary page that points back at the output.
    func printNotices(_ ids: [String], all: [String], printer: PDFPrinter, to pdf: URL) throws {
        let board = site.outputURL.standardizedFileURL.appendingPathComponent("board")
        var page = board.appendingPathComponent("print.html")
        var temporary: URL?
        if ids != all {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "boardgen-print-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            page = folder.appendingPathComponent("changed.html")
            try BoardSubsetPage.make(from: board, ids: ids).write(to: page, atomically: true, encoding: .utf8)
            temporary = folder
        }
        defer { temporary.map { try? FileManager.default.removeItem(at: $0) } }
        do {
            try printer.print(page: page, to: pdf)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        print("wrote \(pdf.path) (\(ids.count) notice\(ids.count == 1 ? "" : "s"))")
    }
}
