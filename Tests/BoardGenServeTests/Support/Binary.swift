import Foundation

/// The built `boardgen` binary, run as a user runs it.
enum Binary {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var path: String? {
        let path =
            ProcessInfo.processInfo.environment["BOARDGEN_BINARY"]
            ?? repository.appendingPathComponent(".build/debug/boardgen").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    struct Output: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary to its end (off the cooperative pool).
    static func run(_ arguments: [String], in folder: URL) async throws -> Output {
        try await offPool { try runBlocking(arguments, in: folder) }
    }

    static func runBlocking(_ arguments: [String], in folder: URL) throws -> Output {
        let process = try start(arguments, in: folder)
        let output = process.stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = process.stderr.fileHandleForReading.readDataToEndOfFile()
        process.process.waitUntilExit()
        return Output(
            status: process.process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors, as: UTF8.self))
    }

    /// Starts the binary with its output in pipes.
    static func start(
        _ arguments: [String], in folder: URL, environment: [String: String]? = nil
    ) throws -> (process: Process, stdout: Pipe, stderr: Pipe) {
        guard let path else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = folder
        let (stdout, stderr) = (Pipe(), Pipe())
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        return (process, stdout, stderr)
    }
}
