/// A summary cut to the length search engines and link previews show (about 160 characters),
/// at a word boundary, with an ellipsis when cut.
enum Excerpt {
    static let limit = 160

    static func of(_ text: String, limit: Int = Excerpt.limit) -> String {
        let scalars = text.unicodeScalars
        // Counts no further than the limit: most summaries are longer, and a build makes one
        // excerpt per product.
        guard text.utf8.count > limit, let past = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
              past != scalars.endIndex else { return text }
        var cut = scalars.index(before: past)
        if let space = scalars[..<cut].lastIndex(where: { $0 == " " }), scalars.distance(from: scalars.startIndex, to: space) > limit / 2 {
            cut = space
        }
        var head = String(scalars[..<cut])
        while let last = head.unicodeScalars.last, ",;:.-– ".unicodeScalars.contains(last) { head.unicodeScalars.removeLast() }
        return head + "…"
    }
}
