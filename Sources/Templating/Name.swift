/// A tag's name as the renderer looks it up: `.` (the top of the context stack) or a
/// dotted path such as `product.price.amount`.
/// A class, so the renderer takes one reference to it, not one per part.
final class Name: Sendable, Equatable {
    /// The first part, looked up through the context stack; `nil` for `.`.
    let head: TemplateKey?
    /// The later parts, each looked up in the value before it. Parts are kept verbatim,
    /// so `a..b` has an empty part that never matches and the lookup simply misses.
    let tail: [TemplateKey]
    /// The name as written, trimmed, for error messages.
    let text: String

    static func == (a: Name, b: Name) -> Bool { a.text == b.text }

    init(_ text: String) {
        self.text = text
        if text == "." {
            head = nil
            tail = []
        } else {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { TemplateKey(String($0)) }
            head = parts[0]
            tail = Array(parts.dropFirst())
        }
    }
}
