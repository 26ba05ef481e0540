/// A small scan of cmark's HTML: tags and attribute names are from the set cmark writes, and
/// no URL attribute starts with a scheme that runs code. It reads only what cmark can emit
/// (double-quoted, escaped attribute values), so anything else is itself a finding.
enum HTMLShape {
    static let elements: Set<String> = ["p", "blockquote", "ul", "ol", "li", "pre", "code", "h1", "h2", "h3", "h4", "h5", "h6",
                                        "hr", "br", "em", "strong", "a", "img"]
    static let attributes: Set<String> = ["href", "title", "src", "alt", "start", "class"]
    static let omitted = "<!-- raw HTML omitted -->"

    static func violations(_ html: String) -> [String] {
        let bytes = Array(html.utf8)
        var found: [String] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if bytes[i...].starts(with: omitted.utf8) { i += omitted.utf8.count; continue }
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "/") { j += 1 }
            let nameStart = j
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self)
            guard elements.contains(name) else {
                found.append("unexpected markup \(String(decoding: bytes[i..<min(bytes.count, i + 40)], as: UTF8.self).debugDescription)")
                return found
            }
            // Attributes: name="value" pairs until '>' (or ' />').
            while j < bytes.count, bytes[j] != UInt8(ascii: ">") {
                if bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "/") { j += 1; continue }
                let attributeStart = j
                while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
                let attribute = String(decoding: bytes[attributeStart..<j], as: UTF8.self)
                guard attributes.contains(attribute), j + 1 < bytes.count, bytes[j] == UInt8(ascii: "="), bytes[j + 1] == UInt8(ascii: "\"") else {
                    found.append("unexpected attribute in <\(name)>: \(String(decoding: bytes[attributeStart..<min(bytes.count, attributeStart + 40)], as: UTF8.self).debugDescription)")
                    return found
                }
                let valueStart = j + 2
                j = valueStart
                while j < bytes.count, bytes[j] != UInt8(ascii: "\"") { j += 1 }
                let value = String(decoding: bytes[valueStart..<min(j, bytes.count)], as: UTF8.self)
                if attribute == "href" || attribute == "src", let scheme = scheme(value), ["javascript", "vbscript", "file"].contains(scheme) {
                    found.append("<\(name) \(attribute)=\"\(value.prefix(40))\"> keeps a \(scheme): URL")
                }
                j += 1
            }
            i = j + 1
        }
        return found
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
    }

    /// The scheme as a browser reads it after decoding the entities cmark writes and
    /// dropping the whitespace and control characters browsers ignore.
    private static func scheme(_ value: String) -> String? {
        var text = value.replacingOccurrences(of: "&amp;", with: "&")
        for (entity, character) in [("&#9;", ""), ("&#10;", ""), ("&#13;", ""), ("&colon;", ":")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value > 0x20 }))
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        return cleaned[..<colon].lowercased()
    }
}
