import Foundation
import Hummingbird

/// Answers every request from the snapshot in memory: files of the site (pages with the live
/// script added), the event stream, the script and the print preview. Nothing is read from disk,
/// so no path, encoded or not, and no symbolic link can reach a file outside the built site.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let reply: Reply
        switch PreviewRoute(rawPath: request.uri.path) {
        case .events: return eventStream()
        case .script: reply = .asset(LiveAssets.script, type: "text/javascript; charset=utf-8")
        case .sheetStyles: reply = .asset(LiveAssets.sheetStyles, type: "text/css; charset=utf-8")
        case .printPreview: reply = printPreview()
        case .file(let path): reply = file(path)
        case .notFound: reply = notFound()
        }
        return reply.response(to: request)
    }
}

private extension PreviewResponder {
    func eventStream() -> Response {
        let events = state.listen()
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache",
        ]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                for await event in events.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: event))
                }
                try await writer.finish(nil)
            })
    }

    func file(_ path: String) -> Reply {
        guard let snapshot = state.snapshot else { return notBuilt() }
        if let resource = snapshot.resources[path] {
            guard resource.isHTML else { return .resource(resource) }
            return .page(
                LiveAssets.inject(into: resource.contents, generation: snapshot.generation),
                tag: Self.pageTag(resource.tag, generation: snapshot.generation))
        }
        let folder = path.isEmpty ? "index.html" : path + "/index.html"
        if !path.hasSuffix("index.html"), snapshot.resources[folder] != nil {
            return .redirect("/" + folder.dropLast("index.html".count))
        }
        return notFound()
    }

    func printPreview() -> Reply {
        guard let snapshot = state.snapshot else { return notBuilt() }
        guard let print = snapshot.resources[PreviewRoute.printPage] else { return notFound() }
        let page = LiveAssets.injectSheets(into: print.contents, generation: snapshot.generation)
        return .page(page, tag: Self.pageTag(print.tag, generation: snapshot.generation) + "-sheets")
    }

    func notFound() -> Reply {
        .status(
            .notFound,
            LiveAssets.page(
                title: "Страница не найдена", text: LiveAssets.notFoundText,
                generation: state.snapshot?.generation ?? 0))
    }

    /// Before the first good build: a page that shows the overlay and reloads once the site is built.
    func notBuilt() -> Reply {
        .status(
            .serviceUnavailable,
            LiveAssets.page(
                title: "Сайт ещё не собран", text: LiveAssets.notBuiltText,
                generation: 0))
    }

    static func pageTag(_ tag: String, generation: Int) -> String {
        String(tag.dropLast()) + "-g\(generation)\""
    }
}
