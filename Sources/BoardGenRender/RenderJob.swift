import BoardGenSupport

/// One independent piece of a build's rendering: a page, or a group of files such as the calendar
/// feeds. The website's and the board's jobs run in one loop on all cores.
package struct RenderJob: Sendable {
    /// Renders the job's files.
    let run: @Sendable () -> [OutputFile]

    /// A job that renders one file.
    package static func file(_ render: @escaping @Sendable () -> OutputFile) -> RenderJob {
        RenderJob { [render()] }
    }
}

extension Array where Element == RenderJob {
    /// Runs every job on all cores, handing each file to `emit` as soon as it is rendered.
    package func runAll(emit: @Sendable (OutputFile) -> Void) {
        parallelForEach { job in job.run().forEach(emit) }
    }
}
