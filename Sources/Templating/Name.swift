/// A tag's name as the renderer looks it up: `.` (the top of the context stack) or a
/// dotted path such as `product.price.amount`.
struct Name: Sendable, Equatable {
    /// Empty for `.`, otherwise the dot-separated parts. Parts are kept verbatim, so
    /// `a..b` has an empty part that never matches and the lookup simply misses.
    let parts: [String]
    /// The name as written, trimmed, for error messages.
    let text: String

    init(_ text: String) {
        self.text = text
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    var isImplicit: Bool { parts.isEmpty }
}
