/// What one product page contributes to the catalogue: its product when valid, its findings,
/// what the cross-page rules need, and what it depends on (for the build cache).
///
/// A class, as `Product` is: a national catalogue's results are handed between the cache, the
/// validator and the planner many times, and copying a struct of arrays and strings retained
/// each of them every time.
public final class PageResult: Sendable {
    public let path: String
    public let product: Product?
    public let diagnostics: [Diagnostic]
    public let identity: PageIdentity?
    /// Hash of the page's bytes: the page's part of every output fingerprint.
    public let contentHash: UInt64
    /// Files the result depends on besides the page itself (its images, found or not).
    public let dependencies: [String]

    public init(path: String, product: Product?, diagnostics: [Diagnostic], identity: PageIdentity?, contentHash: UInt64, dependencies: [String]) {
        self.path = path
        self.product = product
        self.diagnostics = diagnostics
        self.identity = identity
        self.contentHash = contentHash
        self.dependencies = dependencies
    }
}
