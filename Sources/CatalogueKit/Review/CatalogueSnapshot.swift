/// A site as `ocop check` sees it on one day, keyed by slug: what `ocop diff` compares.
public struct CatalogueSnapshot: Sendable {
    /// One product page, whether or not it passed validation.
    public struct Entry: Sendable {
        public var slug: String
        /// The name from the front matter, else the slug when the page could not be read.
        public var name: String
        /// Nil when the page has errors and is left out of the catalogue.
        public var product: Product?
    }

    /// Every page found, by slug.
    public var entries: [String: Entry]
    public var diagnostics: DiagnosticList
    /// The day certificates were judged against.
    public var asOf: LocalDate

    public init(entries: [String: Entry], diagnostics: DiagnosticList, asOf: LocalDate) {
        self.entries = entries
        self.diagnostics = diagnostics
        self.asOf = asOf
    }

    /// Runs `check` on the site, so the diagnostics are exactly those `ocop check` prints.
    public init(project: Project, asOf: LocalDate) {
        let result = Pipeline(project: project, options: BuildOptions(asOf: asOf)).check()
        var entries: [String: Entry] = [:]
        for source in ContentScanner.scan(project).sources where entries[source.slug] == nil {
            entries[source.slug] = Entry(slug: source.slug, name: source.slug, product: nil)
        }
        for page in result.pages {
            if let identity = page.identity { entries[identity.slug]?.name = identity.name }
        }
        for product in (result.catalogue?.products ?? []) + (result.catalogue?.hiddenExpired ?? []) {
            entries[product.slug]?.product = product
        }
        self.init(entries: entries, diagnostics: result.diagnostics, asOf: asOf)
    }
}
