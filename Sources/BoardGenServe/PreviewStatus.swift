import Foundation

/// What open pages are told after every build (the `state` event, as JSON): whether to reload or
/// only restyle, and what the overlay lists.
struct PreviewStatus: Sendable, Codable, Equatable {
    /// The generation of the site being served.
    var generation = 0
    /// The generation it replaced: a page of that generation may only restyle when `stylesOnly`.
    var previous = 0
    /// Only stylesheets changed between `previous` and `generation`.
    var stylesOnly = false
    /// True when the last build failed and the last good pages are served.
    var failed = false
    /// Why the content folder cannot be read (deleted, unreadable), if so.
    var folderProblem: String?
    /// The last build's diagnostics as the terminal prints them.
    var diagnostics: [Line] = []
    /// The check's findings on the last good build, as warnings.
    var findings: [Line] = []
    /// True while the check judges a build that is already served (its findings follow in the next
    /// event of the same generation; `findings` are still the previous build's).
    var isChecking = false
    /// When the last build finished (local time, HH:mm:ss).
    var builtAt = ""

    /// One printed diagnostic.
    struct Line: Sendable, Codable, Equatable {
        var text: String
        var isError: Bool
    }

    /// The event as sent on the event stream.
    var event: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "event: state\ndata: \(json)\n\n"
    }
}
