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
    static func scheme(of url: String) -> String? {
        let trimmed = url.unicodeScalars.drop { $0.value <= 0x20 }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = String(String.UnicodeScalarView(trimmed[trimmed.startIndex..<colon])).lowercased()
        guard !scheme.isEmpty, scheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || "0123456789+-.".unicodeScalars.contains($0)) }) else { return nil }
        return scheme
    }
}
