/// Text quoted from a source file, made safe to print. A page may hold an escape sequence
/// that recolours, retitles or rewrites a terminal or a CI log; a control character becomes
/// its visible symbol (␀, ␛, ␡) instead, one for one, so carets stay under their column.
enum TerminalText {
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            default: out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    /// Tabs and line breaks are layout, not hazards.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar != "\n" && SourceDecoder.isControl(scalar)
    }
}
