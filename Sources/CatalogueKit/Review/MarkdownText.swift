/// Text from pages placed into Markdown that GitHub renders: nothing a product name holds may
/// become a link, an HTML tag, emphasis or a table cell border.
enum MarkdownText {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!", "#"]

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isNewline { out.append(" "); continue }
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// An inline code span, long enough to hold any backticks inside.
    static func code(_ text: String) -> String {
        let flat = text.map { $0.isNewline ? " " : String($0) }.joined()
        var fence = "`"
        while flat.contains(fence) { fence += "`" }
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: header.count)]
        lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n")
    }
}
