import ArgumentParser
import BoardGenDiagnostics
import Foundation

/// `boardgen explain CODE`: what a diagnostic code means, an example that triggers it and how to
/// fix it (like `rustc --explain`). `--list` prints every code; `--markdown` docs/diagnostics.md.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic code, e.g. boardgen explain BG107."
    )

    @Argument(help: "A code such as BG107 (or 107).")
    var code: String?

    @Flag(help: "List every code with its severity and summary.")
    var list = false

    @Flag(help: "Print the diagnostics reference (docs/diagnostics.md) generated from the registry.")
    var markdown = false

    func validate() throws {
        let modes = [code != nil, list, markdown].filter { $0 }.count
        guard modes == 1 else { throw ValidationError("give one code, --list or --markdown") }
    }

    func run() throws {
        if list { return print(DiagnosticRegistry.list(), terminator: "") }
        if markdown { return print(DiagnosticRegistry.markdown(), terminator: "") }
        let asked = code ?? ""
        let wanted = asked.uppercased().hasPrefix("BG") ? asked : "BG\(asked)"
        guard let registered = DiagnosticRegistry.code(wanted) else {
            let message = "error: unknown diagnostic code '\(asked)'; run `boardgen explain --list` for every code\n"
            FileHandle.standardError.write(Data(message.utf8))
            throw ExitCode(2)
        }
        print(DiagnosticRegistry.explanation(of: registered), terminator: "")
    }
}
