import Foundation

/// The Chrome DevTools protocol over the browser's pipe: commands with an `id` answered by a
/// message with the same `id`, and events (`Page.loadEventFired`) in between. One thread uses a
/// connection; every wait ends at a deadline.
final class DevToolsConnection {
    private let process: ChromiumProcess
    /// The time a page is given, named in a timeout.
    private let timeout: TimeInterval
    private var lastID = 0
    /// Events that arrived while waiting for something else, oldest first.
    private var events: [[String: Any]] = []
    /// The only events kept for a later wait; others are dropped as they arrive.
    private let wanted: Set<String> = ["Page.loadEventFired", "Inspector.detached", "Target.detachedFromTarget"]

    /// A connection to a started browser; `timeout` is what the caller's deadlines allow a page.
    init(process: ChromiumProcess, timeout: TimeInterval) {
        self.process = process
        self.timeout = timeout
    }

    /// Sends a command and waits for its result; `what` names the page in a timeout.
    func call(
        _ method: String, _ parameters: [String: Any] = [:], session: String? = nil, before deadline: Date,
        what: String
    ) throws(BrowserFailure) -> [String: Any] {
        lastID += 1
        let id = lastID
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        guard let data = try? JSONSerialization.data(withJSONObject: message), process.send(data) else {
            throw .browserFailed("the browser stopped reading DevTools commands (it exited or crashed)")
        }
        while true {
            let answer = try next(before: deadline, what: what)
            guard answer["id"] as? Int == id else {
                keep(answer)
                continue
            }
            if let error = answer["error"] as? [String: Any] {
                throw .browserFailed("\(method) on \(what): \(error["message"] ?? error)")
            }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }

    /// Waits for an event of a session (one that already arrived counts).
    func wait(for event: String, session: String, before deadline: Date, what: String) throws(BrowserFailure) {
        while true {
            if let index = events.firstIndex(where: { Self.isEvent($0, event, of: session) }) {
                events.remove(at: index)
                return
            }
            if let gone = events.first(where: { Self.isEvent($0, "Inspector.detached", of: session) }) {
                throw .browserFailed("the page \(what) was closed: \(gone["params"] ?? "")")
            }
            keep(try next(before: deadline, what: what))
        }
    }

    /// Forgets the events kept so far (before a new navigation).
    func dropEvents() { events.removeAll() }
}

private extension DevToolsConnection {
    func next(before deadline: Date, what: String) throws(BrowserFailure) -> [String: Any] {
        guard let data = try process.receive(before: deadline) else {
            throw .timedOut(page: what, seconds: Int(timeout.rounded()))
        }
        guard let message = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw .browserFailed("unreadable DevTools message: \(String(decoding: data.prefix(200), as: UTF8.self))")
        }
        return message
    }

    func keep(_ message: [String: Any]) {
        guard let method = message["method"] as? String, wanted.contains(method) else { return }
        events.append(message)
    }

    static func isEvent(_ message: [String: Any], _ name: String, of session: String) -> Bool {
        message["method"] as? String == name && message["sessionId"] as? String == session
    }
}
