import Foundation
import HTTPTypes
import Hummingbird

/// A response before the method and the conditional headers are applied: `HEAD` gets the headers
/// of `GET` without the body, a matching `If-None-Match` gets 304 with the entity tag.
enum Reply {
    /// A file of the site as built.
    case resource(SiteSnapshot.Resource)
    /// A page with the live script added (its tag includes the generation).
    case page(Data, tag: String)
    /// One of the server's own files.
    case asset(String, type: String)
    /// A redirect to a folder's address with its slash.
    case redirect(String)
    /// A page with a status (404, 503).
    case status(HTTPResponse.Status, Data)

    func response(to request: Request) -> Response {
        switch self {
        case .resource(let resource):
            return conditional(resource.contents, type: resource.contentType, tag: resource.tag, request: request)
        case .page(let contents, let tag):
            return conditional(contents, type: "text/html; charset=utf-8", tag: tag, request: request)
        case .asset(let text, let type):
            let data = Data(text.utf8)
            return conditional(data, type: type, tag: ContentType.tag(of: data), request: request)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .contentLength: "0"])
        case .status(let status, let contents):
            var headers = Self.headers(type: "text/html; charset=utf-8", length: contents.count)
            headers[.cacheControl] = "no-store"
            return Response(status: status, headers: headers, body: body(contents, for: request))
        }
    }
}

private extension Reply {
    func conditional(_ contents: Data, type: String, tag: String, request: Request) -> Response {
        var headers = Self.headers(type: type, length: contents.count)
        headers[.eTag] = tag
        headers[.cacheControl] = "no-cache"
        if let condition = request.headers[.ifNoneMatch], Self.matches(condition, tag: tag) {
            headers[.contentLength] = nil
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: body(contents, for: request))
    }

    func body(_ contents: Data, for request: Request) -> ResponseBody {
        guard request.method != .head else {
            // The length of the body GET would send (an empty closure body keeps Content-Length as set).
            return ResponseBody(contentLength: contents.count) { writer in try await writer.finish(nil) }
        }
        return ResponseBody(byteBuffer: ByteBuffer(bytes: contents))
    }

    static func headers(type: String, length: Int) -> HTTPFields {
        [.contentType: type, .contentLength: String(length), HTTPField.Name("X-Content-Type-Options")!: "nosniff"]
    }

    /// `If-None-Match`: `*` or a list of tags, weak ones compared by their opaque part.
    static func matches(_ condition: String, tag: String) -> Bool {
        condition.split(separator: ",").contains { candidate in
            var candidate = candidate.trimmingCharacters(in: .whitespaces)
            if candidate.hasPrefix("W/") { candidate.removeFirst(2) }
            return candidate == "*" || candidate == tag
        }
    }
}
