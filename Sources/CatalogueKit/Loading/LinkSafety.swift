/// The same judgement libcmark's safe mode makes about URLs, so we can tell the author.
enum LinkSafety {
    /// `javascript:`, `vbscript:`, `file:`, and `data:` except common image types on images.
    static func isDangerous(_ url: String, isImage: Bool) -> Bool {
        guard let scheme = scheme(of: url) else { return false }
        switch scheme {
        case "javascript", "vbscript", "file": return true
        case "data":
            let lower = url.lowercased()
            let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !images.contains { lower.hasPrefix($0) }
        default: return false
        }
    }

    /// The lowercased scheme of an absolute URL, ignoring leading whitespace and control characters.
    /// Read as bytes: every character a scheme may hold is ASCII, and so is what comes before it.
    static func scheme(of url: String) -> String? {
        let utf8 = url.utf8
        guard let first = utf8.firstIndex(where: { $0 > 0x20 }),
              let colon = utf8[first...].firstIndex(of: UInt8(ascii: ":")), colon > first else { return nil }
        let name = utf8[first..<colon]
        guard name.allSatisfy(isSchemeByte) else { return nil }
        return String(decoding: name.map { $0 | (isUpper($0) ? 0x20 : 0) }, as: UTF8.self)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isUpper(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
