/// A product page after loading: its typed front matter and its rendered body, not yet validated.
public struct ProductDocument: Sendable {
    /// From the file or bundle folder name.
    public var slug: String
    /// Path relative to the project root, for diagnostics.
    public var path: String
    /// The folder that holds the page's images: its bundle, or `content/` for a single file.
    public var resourceDirectory: String
    public var isBundle: Bool
    public var source: SourceText
    public var frontMatter: ProductFrontMatter
    public var body: MarkdownDocument
}
