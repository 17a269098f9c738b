import BoardGenDiagnostics
import BoardGenSupport

/// One independent piece of a build's rendering: a page, or a group of files such as the calendar
/// feeds. The website's and the board's jobs run in one loop on all cores.
package struct RenderJob: Sendable {
    /// What one job made.
    package struct Output: Sendable {
        /// The job's own files.
        package var files: [OutputFile]
        /// The content files its page links (attachments); a build publishes each once, whichever
        /// of the pages that link it comes first (`SiteRenderer.attachmentFiles(_:)`).
        package var attachments: [Attachment] = []

        /// Makes an output.
        package init(files: [OutputFile], attachments: [Attachment] = []) {
            self.files = files
            self.attachments = attachments
        }
    }

    /// What decides everything a job makes besides the site-wide inputs, for the build cache.
    package enum Inputs: Sendable {
        /// A regulation's page: its own file (body included), every other content file but the regulations, and
        /// what the page reads of the other regulations (`RegulationPageFacts`).
        case regulationFile(String)
        /// A page that reads only the site-wide inputs (every content file, and of each regulation
        /// its front matter; never a body), named by its path.
        case siteWide(String)
        /// A page made from data derived elsewhere in the build (a notice's view, which may quote a
        /// regulation's text), named by its path; `description` writes that data out in full (nil:
        /// it cannot, and the page is rendered every time), asked only by a build with a cache.
        case derived(String, description: @Sendable () -> String?)
    }

    /// The inputs the build cache keeps the job's output under; nil for jobs that run on every build.
    package let inputs: Inputs?
    private let make: @Sendable () -> Output

    /// A job that may read the whole site (not cached).
    init(run: @escaping @Sendable () -> [OutputFile]) {
        inputs = nil
        make = { Output(files: run()) }
    }

    /// A job whose output depends on `inputs` and the site-wide inputs only.
    init(_ inputs: Inputs, make: @escaping @Sendable () -> Output) {
        self.inputs = inputs
        self.make = make
    }

    /// A job that renders one file.
    package static func file(_ render: @escaping @Sendable () -> OutputFile) -> RenderJob {
        RenderJob { [render()] }
    }

    /// A job that renders one file from `inputs` and the site-wide inputs only.
    package static func file(_ inputs: Inputs, _ render: @escaping @Sendable () -> OutputFile) -> RenderJob {
        RenderJob(inputs) { Output(files: [render()]) }
    }

    /// Renders the job.
    package func run() -> Output {
        make()
    }
}

extension Array where Element == RenderJob {
    /// Runs every job on all cores, handing each file to `emit` as soon as it is rendered; the
    /// attachments the pages link go through `attachments`, which hands on each file once.
    package func runAll(
        emit: @Sendable (OutputFile) -> Void, attachments: @Sendable ([Attachment]) -> [OutputFile] = { _ in [] }
    ) {
        parallelForEach { job in
            let output = job.run()
            output.files.forEach(emit)
            attachments(output.attachments).forEach(emit)
        }
    }
}

extension Attachment {
    /// An attachment from its parts, as the build cache stores them.
    package static func stored(path: String, size: Int, location: SourceLocation) -> Attachment {
        Attachment(path: path, size: size, location: location)
    }
}
