/// A product page found on disk, before it is read.
public struct ProductSource: Sendable, Hashable {
    public var slug: String
    /// Relative to the project root: `content/products/x.md` or `content/products/x/index.md`.
    public var path: String
    public var isBundle: Bool

    /// The folder relative paths in the page resolve against.
    public var resourceDirectory: String {
        isBundle ? String(path.dropLast("/index.md".count)) : "content"
    }
}
