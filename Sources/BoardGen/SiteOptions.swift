import ArgumentParser
import BoardGenDiagnostics
import BoardGenKit
import Foundation
import ScheduleModel

/// Options shared by every command that reads a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    @Option(name: .long, help: "The output folder.")
    var output: String = "public"

    @Option(name: .long, help: "The date to treat as today (YYYY-MM-DD); default: the real date.")
    var today: String?

    var contentURL: URL { URL(fileURLWithPath: content) }
    var outputURL: URL { URL(fileURLWithPath: output) }

    func validate() throws {
        try Self.validateContentFolder(content)
        try Self.validateToday(today)
    }

    /// The given date, or the real one (read here, at the edge, never in the libraries).
    var todayDate: LocalDate { Self.date(today) }

    static func validateContentFolder(_ content: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("content folder '\(content)' does not exist (pass --content DIR)")
        }
    }

    static func validateToday(_ today: String?) throws {
        if let today, LocalDate(iso: today) == nil {
            throw ValidationError("--today '\(today)' is not a date in the form YYYY-MM-DD")
        }
    }

    static func date(_ today: String?) -> LocalDate {
        if let today, let date = LocalDate(iso: today) { return date }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Prints diagnostics to standard error and a one-line summary.
enum DiagnosticPrinter {
    static func printAll(_ diagnostics: [Diagnostic], contentPath: String) {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((display(diagnostic, contentPath: contentPath) + "\n").utf8))
        }
    }

    static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// Paths inside the content folder are shown relative to where the command runs.
    static func display(_ diagnostic: Diagnostic, contentPath: String) -> String {
        diagnostic.formatted(contentPath: contentPath)
    }

    /// The file of a diagnostic as the user finds it: content files under the content folder.
    static func displayPath(_ diagnostic: Diagnostic, contentPath: String) -> String {
        diagnostic.displayPath(contentPath: contentPath)
    }
}

/// The options of the commands that take one site or several (`build`, `check`).
struct SitesOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .upToNextOption,
        help: "The content folder, or several (one site each: --content schools/*).")
    var content: [String] = ["content"]

    @Option(name: .long, help: "The output folder (with several sites, build writes one folder per site into it).")
    var output: String = "public"

    @Option(name: .long, help: "The date to treat as today (YYYY-MM-DD); default: the real date.")
    var today: String?

    var todayDate: LocalDate { SiteOptions.date(today) }

    func validate() throws {
        guard !content.isEmpty else { throw ValidationError("--content needs at least one folder") }
        try content.forEach(SiteOptions.validateContentFolder)
        try SiteOptions.validateToday(today)
    }
}
