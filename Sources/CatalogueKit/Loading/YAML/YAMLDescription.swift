/// Words for YAML values in messages ("a list", "text \"bốn\""), and YAML's null spellings.
enum YAMLDescription {
    static func kind(of node: YAMLNode) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let s):
            if s.style != .plain { return "text \"\(shortened(s.string))\"" }
            if isNull(s.string) { return "nothing" }
            if Int(s.string) != nil || Double(s.string) != nil { return "the number \(s.string)" }
            if ["true", "false"].contains(s.string.lowercased()) { return "the boolean \(s.string)" }
            return "text \"\(shortened(s.string))\""
        }
    }

    /// Asked of every value of every page: most are longer than any null spelling.
    static func isNull(_ text: String) -> Bool {
        text.utf8.count <= 4 && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    private static func shortened(_ text: String) -> String {
        text.unicodeScalars.count <= 40 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(40))) + "…"
    }
}
