/// What one product page contributes to the catalogue: its product when valid, its findings,
/// what the cross-page rules need, and what it depends on (for the build cache).
public struct PageResult: Sendable {
    public var path: String
    public var product: Product?
    public var diagnostics: [Diagnostic]
    public var identity: PageIdentity?
    /// Hash of the page's bytes: the page's part of every output fingerprint.
    public var contentHash: UInt64
    /// Files the result depends on besides the page itself (its images, found or not).
    public var dependencies: [String]
}
