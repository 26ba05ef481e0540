/// Bounds that keep a hostile or mistaken template from exhausting the machine.
/// Each one has its own error kind, so a failure says which bound was hit.
public struct TemplateLimits: Sendable, Equatable {
    /// Deepest nesting of sections, inverted sections, parents and blocks inside one
    /// template (`.nestingTooDeep`, raised while parsing).
    public var maxNesting: Int
    /// Deepest chain of partials, parents and block overrides being expanded inside
    /// one another at render time (`.partialRecursion`). Recursive data structures
    /// rendered through a recursive partial need one level per level of data.
    public var maxPartialDepth: Int
    /// Largest output, in UTF-8 bytes, of one render (`.outputTooLarge`). The same
    /// figure also bounds the number of tags one render may visit, so a template that
    /// fans out into billions of empty expansions stops too.
    public var maxOutputBytes: Int

    public init(maxNesting: Int = 100, maxPartialDepth: Int = 64, maxOutputBytes: Int = 64 << 20) {
        self.maxNesting = maxNesting
        self.maxPartialDepth = maxPartialDepth
        self.maxOutputBytes = maxOutputBytes
    }
}
