/// The `Content-Type` of a built file, by its extension: what a catalogue holds.
enum ContentType {
    static let html = "text/html; charset=utf-8"

    static func of(_ path: String) -> String {
        let ext = path.split(separator: "/").last?.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last?.lowercased() ?? ""
        switch ext {
        case "html", "htm": return html
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "webp": return "image/webp"
        case "gif": return "image/gif"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "xml": return "application/xml; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
