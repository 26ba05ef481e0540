import FlyingFox
import Foundation

/// Answers every request of `ocop serve`: files of the private build folder (with the live-reload
/// script added to HTML), the error page while the build is broken, and the reload long-poll.
struct SiteHandler: HTTPHandler {
    let folder: URL
    let state: ServeState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        if request.path == LiveReload.path { return await reload(request) }
        let snapshot = state.current
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // The path is already standardised by FlyingFox; refuse anything that could still climb out.
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0.contains("\0") }) else { return notFound(snapshot) }
        // FlyingFox's standardised path has lost its trailing slash; the raw target still has it.
        let wantsFolder = request.target.path().hasSuffix("/") || parts.isEmpty
        var file = folder.appendingPathComponent(parts.joined(separator: "/"))
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue {
            // Pages link relatively ("../../"), so a folder is only ever served with its slash.
            guard wantsFolder else { return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: request.target.path() + "/"])) }
            file = file.appendingPathComponent("index.html")
        }
        let isHTML = ContentType.of(file.path) == ContentType.html || (!exists && !file.lastPathComponent.contains("."))
        if let failure = snapshot.failure, isHTML || !snapshot.hasSite {
            return page(BuildErrorPage.html(failure, version: snapshot.version), status: .internalServerError)
        }
        guard let data = FileManager.default.contents(atPath: file.path) else { return notFound(snapshot) }
        if ContentType.of(file.path) == ContentType.html {
            return page(LiveReload.inject(into: String(decoding: data, as: UTF8.self), version: snapshot.version), status: .ok)
        }
        return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: ContentType.of(file.path), .cacheControl: "no-cache"]), body: data)
    }

    /// Holds the poll until a build finishes, then answers with the current build number.
    private func reload(_ request: HTTPRequest) async -> HTTPResponse {
        let seen = request.query.first { $0.name == "v" }.flatMap { Int($0.value) }
        let deadline = Date().addingTimeInterval(LiveReload.holdSeconds)
        while let seen, state.current.version == seen, Date() < deadline {
            do { try await Task.sleep(nanoseconds: 200_000_000) } catch { break }
        }
        return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"]),
                            body: Data(String(state.current.version).utf8))
    }

    private func notFound(_ snapshot: ServeState.Snapshot) -> HTTPResponse {
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent("404.html").path) {
            return page(LiveReload.inject(into: String(decoding: data, as: UTF8.self), version: snapshot.version), status: .notFound)
        }
        return HTTPResponse(statusCode: .notFound, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]), body: Data("not found\n".utf8))
    }

    private func page(_ html: String, status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: ContentType.html, .cacheControl: "no-store"]), body: Data(html.utf8))
    }
}
