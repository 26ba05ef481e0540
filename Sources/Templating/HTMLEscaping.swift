/// The engine's HTML escaping, `& < > " '` → `&amp; &lt; &gt; &quot; &#39;`, for any code that
/// writes markup itself (SVG charts, a server's error page) and must escape exactly as `{{x}}` does.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return out
    }

    /// Appends `text`, escaped, scanning UTF-8 bytes: bytes of multi-byte scalars never match,
    /// so runs between specials are copied whole, without re-validation.
    public static func append(_ text: String, to output: inout String) {
        guard needsEscaping(text) else {
            output += text
            return
        }
        let bytes = text.utf8
        var runStart = bytes.startIndex
        var index = runStart
        while index < bytes.endIndex {
            let entity: String
            switch bytes[index] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default:
                bytes.formIndex(after: &index)
                continue
            }
            output += text[runStart..<index]
            output += entity
            bytes.formIndex(after: &index)
            runStart = index
        }
        output += text[runStart...]
    }

    /// `append`, into UTF-8 bytes (the renderer's buffer).
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let entity: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                entity.withUTF8Buffer { output.append(contentsOf: $0) }
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Most values contain nothing to escape; a tight scan over contiguous bytes finds that cheaply.
    private static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.contains { byte in
                byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            }
        }
    }
}
