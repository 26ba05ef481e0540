/// What the loading stages produce: the site's settings and every page that could be read.
public struct LoadedContent: Sendable {
    public var site: SiteConfig
    public var siteSource: SourceText
    public var documents: [ProductDocument]
    /// Pages found, including those that failed to load.
    public var pagesFound: Int
    public var diagnostics: DiagnosticList
}
