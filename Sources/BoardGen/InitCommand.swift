import ArgumentParser
import BoardGenKit
import Foundation

/// `boardgen init DIR`: a small complete site to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a small complete site to start from in a new folder.",
        discussion: """
            Writes site.yaml, contacts.yaml, people.yaml, timetables.yaml, desks.yaml, board.yaml and a \
            regulation with its approval block, every field explained in Russian comments. Values to \
            replace end with the comment '# пример'; check and build warn (BG130) until each is replaced. \
            The site builds at once: boardgen serve --content DIR.
            """
    )

    @Argument(help: "The folder to create (it must be new or empty).")
    var folder: String

    @Flag(name: .long, help: "Also write into a non-empty folder: only the missing files (none is overwritten).")
    var force = false

    func run() throws {
        let outcome: SiteStarter.Outcome
        do {
            outcome = try SiteStarter.create(in: URL(fileURLWithPath: folder), intoNonEmpty: force)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        for path in outcome.kept {
            FileHandle.standardError.write(
                Data("kept \((folder as NSString).appendingPathComponent(path)) (it exists; not overwritten)\n".utf8))
        }
        print("created \(outcome.written.count) files in \(folder)")
        print("next: replace the values marked '# пример', then run  boardgen serve --content \(folder)")
    }
}
