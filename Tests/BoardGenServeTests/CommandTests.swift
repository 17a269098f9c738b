import BoardGenKit
import Foundation
import Testing

/// `boardgen init` and `boardgen serve` as commands: folders refused or kept, the starter builds
/// and warns until its examples are replaced, a busy port is a usage error, Ctrl+C stops cleanly,
/// and `build` never writes the server's script.
@Suite(.serialized, .enabled(if: Binary.path != nil, "the boardgen binary is not built"), .timeLimit(.minutes(2)))
struct CommandTests {
    let folder: URL

    init() async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func initWritesASiteThatBuildsAndWarnsUntilExamplesAreReplaced() async throws {
        let created = try await Binary.run(["init", "myschool"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("created \(SiteStarter.files.count) files in myschool"))
        let built = try await Binary.run(
            ["build", "--content", "myschool", "--output", "public", "--today", "2026-11-23"], in: folder)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.contains("myschool/contacts.yaml:20:12: warning: [BG130]"), "\(built.stderr)")
        let checked = try await Binary.run(["check", "--content", "myschool", "--today", "2026-11-23"], in: folder)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stderr.contains("[BG130]"))
        #expect(!checked.stderr.contains(": error: "), "\(checked.stderr)")
        let strict = try await Binary.run(
            ["check", "--content", "myschool", "--today", "2026-11-23", "--strict"], in: folder)
        #expect(strict.status == 1, "check --strict fails until every example is replaced")
        // The server's script and overlay are never written by build.
        let pages =
            FileManager.default.enumerator(atPath: folder.appendingPathComponent("public").path)?
            .compactMap { $0 as? String } ?? []
        #expect(!pages.isEmpty)
        for page in pages where page.hasSuffix(".html") {
            let text = try String(contentsOf: folder.appendingPathComponent("public/\(page)"), encoding: .utf8)
            #expect(!text.contains("__boardgen"), "\(page) holds the live script")
        }
    }

    @Test func initRefusesANonEmptyFolderAndNeverOverwrites() async throws {
        let target = folder.appendingPathComponent("school")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("# мой файл\n".utf8).write(to: target.appendingPathComponent("site.yaml"))
        let refused = try await Binary.run(["init", "school"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is not empty"))
        #expect(try String(contentsOf: target.appendingPathComponent("site.yaml"), encoding: .utf8) == "# мой файл\n")
        let forced = try await Binary.run(["init", "school", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(forced.stderr.contains("kept school/site.yaml"))
        #expect(try String(contentsOf: target.appendingPathComponent("site.yaml"), encoding: .utf8) == "# мой файл\n")
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("contacts.yaml").path))
        #expect(try await Binary.run(["init", "school/site.yaml"], in: folder).status == 2)
    }

    @Test func serveStopsOnInterruptAndRefusesABusyPort() async throws {
        #expect(try await Binary.run(["init", "myschool"], in: folder).status == 0)
        let server = try Binary.start(["serve", "--content", "myschool", "--port", "0"], in: folder)
        // Never wait forever for the first line: the server is stopped after 60 s whatever happens.
        let process = Unchecked(value: server.process)
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) {
            if process.value.isRunning { process.value.terminate() }
        }
        let pipe = Unchecked(value: server.stdout)
        let line = try await offPool { Self.line(startingWith: "serving", in: pipe.value) }
        #expect(line.hasPrefix("serving myschool at http://127.0.0.1:"), "\(line)")
        let port = Int(line.split(separator: ":")[2].prefix { $0.isNumber }) ?? 0
        let busy = try await Binary.run(["serve", "--content", "myschool", "--port", String(port)], in: folder)
        #expect(busy.status == 2)
        #expect(busy.stderr.contains("port \(port) on 127.0.0.1 is already in use"), "\(busy.stderr)")
        kill(server.process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(10)
        while server.process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!server.process.isRunning, "serve did not stop on SIGINT")
        if server.process.isRunning { server.process.terminate() }
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
        let rest = try await offPool {
            String(decoding: pipe.value.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        #expect(rest.contains("stopped"))
    }

    /// `--open` hands the printed address to the desktop's opener (`xdg-open`, found on PATH): here a
    /// stand-in that writes down what it was given, which must be the page the server serves.
    @Test func serveOpensThePrintedAddress() async throws {
        #expect(try await Binary.run(["init", "myschool"], in: folder).status == 0)
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let opened = folder.appendingPathComponent("opened.txt")
        let opener = bin.appendingPathComponent("xdg-open")
        try "#!/bin/sh\nprintf '%s' \"$1\" > '\(opened.path)'\n".write(to: opener, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener.path)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let server = try Binary.start(
            ["serve", "--content", "myschool", "--port", "0", "--open"], in: folder, environment: environment)
        defer {
            kill(server.process.processIdentifier, SIGINT)
            server.process.waitUntilExit()
        }
        let process = Unchecked(value: server.process)
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) {
            if process.value.isRunning { process.value.terminate() }
        }
        let pipe = Unchecked(value: server.stdout)
        let line = try await offPool { Self.line(startingWith: "serving", in: pipe.value) }
        // "serving myschool at http://127.0.0.1:PORT/ (print preview: …); Ctrl+C stops"
        let words = line.split(separator: " ")
        let address = try #require(words.firstIndex(of: "at").map { String(words[$0 + 1]) })
        var text = ""
        for _ in 0..<100 where text.isEmpty {
            try await Task.sleep(for: .milliseconds(50))
            text = (try? String(contentsOf: opened, encoding: .utf8)) ?? ""
        }
        #expect(text == address, "xdg-open was given '\(text)', the server printed '\(line)'")
        #expect(address.hasPrefix("http://127.0.0.1:"))
        let page = try await Curl.fetch(address)
        #expect(page.status == 200)
    }

    /// Reads a pipe line by line up to the first line with `prefix` (or its end).
    static func line(startingWith prefix: String, in pipe: Pipe) -> String {
        while true {
            var bytes: [UInt8] = []
            while let byte = try? pipe.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != 10 {
                bytes.append(first)
            }
            let line = String(decoding: bytes, as: UTF8.self)
            if line.hasPrefix(prefix) || bytes.isEmpty { return line }
        }
    }
}
