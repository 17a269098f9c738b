import Foundation

/// The one place import runs pandoc: `pandoc -f FORMAT -t json FILE`, its JSON document tree on
/// standard output. pandoc is the maintained converter of the field (Word, OpenDocument, RTF,
/// HTML, Markdown); boardgen never parses Office XML itself.
package struct PandocProcess: Sendable {
    /// The executable: `BOARDGEN_PANDOC`, else `pandoc` looked up in PATH.
    package var executable: String
    /// Seconds before a conversion is abandoned (a pathological document).
    package var timeout: Double

    /// Makes a runner.
    package init(executable: String? = nil, timeout: Double = 120) {
        self.executable = executable ?? ProcessInfo.processInfo.environment["BOARDGEN_PANDOC"] ?? "pandoc"
        self.timeout = timeout
    }

    /// pandoc's JSON tree of the document at `path`, read as `format`.
    package func convert(path: String, from format: String) throws(ImportFailure) -> Data {
        guard let tool = resolvedExecutable() else {
            throw ImportFailure(
                .importConverterMissing,
                "pandoc is needed to read this document and is not installed: `sudo apt-get install pandoc` (or "
                    + "`make`), or save the document as UTF-8 text",
                path: path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--from", format, "--to", "json", "--wrap=none", "--", path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw ImportFailure(
                .importConverterMissing, "pandoc could not be started (\(error.localizedDescription))", path: path)
        }
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isOutput) in [(output, true), (errors, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.store(data, isOutput: isOutput)
                group.leave()
            }
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            group.wait()
            process.waitUntilExit()
            throw ImportFailure(
                .importCorruptDocument,
                "pandoc did not finish reading the document in \(Int(timeout)) seconds; save it again as .docx "
                    + "without pictures",
                path: path)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ImportFailure(
                .importCorruptDocument,
                "pandoc cannot read the document (\(collected.firstErrorLine)); the file is damaged, encrypted "
                    + "or protected by a password: open it in Word or LibreOffice and save it again as .docx",
                path: path)
        }
        return collected.output
    }
}

private extension PandocProcess {
    func resolvedExecutable() -> String? {
        if executable.contains("/") {
            return FileManager.default.isExecutableFile(atPath: executable) ? executable : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(executable)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// The two streams of one run, filled from two reading threads.
private final class Collected: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var outputData = Data()
    private var errorData = Data()

    func store(_ data: Data, isOutput: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if isOutput { outputData = data } else { errorData = data }
    }

    var output: Data {
        lock.lock()
        defer { lock.unlock() }
        return outputData
    }

    /// pandoc's first message line, or a placeholder.
    var firstErrorLine: String {
        lock.lock()
        defer { lock.unlock() }
        let text = String(decoding: errorData, as: UTF8.self)
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.isEmpty ? "no message" : String(line.prefix(200))
    }
}
