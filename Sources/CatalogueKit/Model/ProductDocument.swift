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
    /// The body's HTML: `body.html`, or made again from the file when loading left it out.
    public var description: DeferredText
    /// Hash of the file's bytes, for the build cache and output fingerprints.
    public var contentHash: UInt64
    /// Findings of loading (front matter, Markdown), reported with the page's validation findings.
    public var loadDiagnostics: [Diagnostic] = []
}
