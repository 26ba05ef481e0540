import Foundation

/// Files as `data:` URIs, so a brochure is one file that prints and mails as it is.
enum DataURI {
    static let mediaTypes = [
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif", "webp": "image/webp", "avif": "image/avif",
    ]

    /// The file's bytes, base64-encoded under its media type; nil when unreadable or not an image.
    static func image(at url: URL) -> String? {
        guard let type = mediaTypes[url.pathExtension.lowercased()], let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return "data:\(type);base64,\(data.base64EncodedString())"
    }
}
