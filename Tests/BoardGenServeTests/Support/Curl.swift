import Foundation
import Synchronization

/// A real HTTP client for the tests: curl, with `--path-as-is` so that a test's `..` and `%2e%2e`
/// reach the server exactly as written (browsers and URLSession would normalise them first).
enum Curl {
    /// A response: status, headers (names lower-cased) and body.
    struct Response: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Sends one request (off the cooperative pool); `method` GET or HEAD, extra headers as "Name: value".
    static func fetch(_ url: String, method: String = "GET", headers: [String] = []) async throws -> Response {
        try await offPool { try fetchBlocking(url, method: method, headers: headers) }
    }

    static func fetchBlocking(_ url: String, method: String, headers: [String]) throws -> Response {
        var arguments = ["-s", "--path-as-is", "--max-time", "10"]
        // -I prints the response's head, and whatever body came would follow it.
        arguments += method == "HEAD" ? ["-I"] : ["-D", "-", "-o", "-", "-X", method]
        for header in headers { arguments += ["-H", header] }
        arguments.append(url)
        let output = try run(arguments)
        return parse(output)
    }

    static func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// Splits `-D -` headers from the body (the last header block wins after a 100 Continue).
    static func parse(_ data: Data) -> Response {
        let separator = Data("\r\n\r\n".utf8)
        guard let range = data.range(of: separator) else { return Response(status: 0, headers: [:], body: data) }
        let head = String(decoding: data[..<range.lowerBound], as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Data(data[range.upperBound...]))
    }
}

/// An open event stream read by `curl -N`: every `state` event the server sent, decoded.
final class EventListener: @unchecked Sendable {
    // @unchecked: `process` is set once in init and only terminated after; the events are behind a mutex.
    private let process = Process()
    private let received = Mutex<[Data]>([])
    private let buffer = Mutex(Data())

    /// A state event as the page's script reads it.
    struct State: Decodable, Sendable {
        var generation: Int
        var previous: Int
        var stylesOnly: Bool
        var failed: Bool
        var folderProblem: String?
        var diagnostics: [Line]
        var findings: [Line]
        var isChecking: Bool?
        struct Line: Decodable, Sendable {
            var text: String
            var isError: Bool
        }
    }

    init(_ url: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-sN", "--max-time", "120", url]
        let pipe = Pipe()
        process.standardOutput = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            self?.take(handle.availableData)
        }
        try process.run()
    }

    deinit { stop() }

    func stop() {
        if process.isRunning { process.terminate() }
        guard let handle = (process.standardOutput as? Pipe)?.fileHandleForReading else { return }
        handle.readabilityHandler = nil
        try? handle.close()
    }

    /// Every state event so far.
    var states: [State] {
        received.withLock { $0 }.compactMap { try? JSONDecoder().decode(State.self, from: $0) }
    }

    /// Waits until an event satisfies `condition`; the event, or nil after `timeout` seconds.
    func wait(timeout: Double = 20, for condition: (State) -> Bool) async -> State? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let state = states.last(where: condition) { return state }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return nil
    }

    private func take(_ data: Data) {
        let events = buffer.withLock { buffer -> [Data] in
            buffer += data
            var found: [Data] = []
            while let end = buffer.range(of: Data("\n\n".utf8)) {
                let block = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
                buffer.removeSubrange(..<end.upperBound)
                for line in block.split(separator: "\n") where line.hasPrefix("data: ") {
                    found.append(Data(line.dropFirst(6).utf8))
                }
            }
            return found
        }
        received.withLock { $0 += events }
    }
}
