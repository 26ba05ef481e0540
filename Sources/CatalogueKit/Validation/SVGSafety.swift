import Foundation

/// An SVG image is a document: opened at its own address on the province's site it runs any
/// script it holds. This refuses what could run or fetch something: scripts, event handlers,
/// `javascript:` links, embedded HTML and entity declarations. The scan is deliberately blunt
/// (case-insensitive text, no XML parser); an image drawn in an editor has none of these.
enum SVGSafety {
    /// The largest SVG read for checking; a bigger one is refused as well.
    static let maxBytes = 4 << 20

    /// Why `url` is not a safe SVG, or nil.
    static func problem(_ url: URL) -> String? {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maxBytes + 1) else { return nil }
        if data.count > maxBytes { return "it is larger than \(maxBytes >> 20) MiB" }
        let text = String(decoding: data, as: UTF8.self).lowercased()
        for (needle, what) in [("<script", "a script"), ("javascript:", "a javascript: link"), ("vbscript:", "a vbscript: link"),
                               ("<foreignobject", "embedded HTML (foreignObject)"), ("<!entity", "an entity declaration"),
                               ("<iframe", "an iframe"), ("<embed", "an embed element"), ("<object", "an object element"),
                               ("data:text/html", "an HTML data: link")] where text.contains(needle) {
            return "it contains \(what)"
        }
        if let handler = eventHandler(in: text) { return "it contains an event handler (\(handler)=)" }
        return nil
    }

    /// An attribute such as ` onload=` or `\tonclick =`.
    private static func eventHandler(in text: String) -> String? {
        let bytes = Array(text.utf8)
        var i = 0
        while i + 3 < bytes.count {
            defer { i += 1 }
            guard bytes[i] == UInt8(ascii: "o"), bytes[i + 1] == UInt8(ascii: "n"), i > 0,
                  [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(bytes[i - 1]) else { continue }
            var j = i + 2
            while j < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[j]) { j += 1 }
            guard j > i + 2 else { continue }
            var k = j
            while k < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[k]) { k += 1 }
            if k < bytes.count, bytes[k] == UInt8(ascii: "=") { return String(decoding: bytes[i..<j], as: UTF8.self) }
        }
        return nil
    }
}
