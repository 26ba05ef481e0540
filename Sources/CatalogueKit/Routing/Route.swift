/// One HTML page of the site: what it shows and where it goes.
public struct Route: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case home
        case products(page: Int)
        case product(index: Int)
        case districts
        case district(id: String, page: Int)
        case starRatings
        case stars(Int, page: Int)
        case groups
        case group(id: String, page: Int)
        case programme
        case notFound
    }

    public var kind: Kind
    /// The page's folder URL relative to the site root: "" for home, "products/banh/" for a product.
    public var path: String
    /// The template that renders it.
    public var template: String

    /// The file written: `<path>index.html`, or `404.html`.
    public var outputPath: String { kind == .notFound ? "404.html" : path + "index.html" }

    /// "../" once per folder level, so every link works from a USB stick with no server.
    public var rootPrefix: String {
        // Counted on bytes: splitting the path made an array of parts for every page.
        var segments = 0
        var inSegment = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                inSegment = false
            } else if !inSegment {
                inSegment = true
                segments += 1
            }
        }
        return String(repeating: "../", count: segments)
    }
}
