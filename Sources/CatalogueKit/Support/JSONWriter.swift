/// A small streaming JSON writer: keys in the order written, strings escaped in one pass.
///
/// Foundation's serialisers go through `Any` and sort dictionaries on every call; on a national
/// catalogue that was a third of the build. `scriptSafe` also escapes `<`, `>` and `&`, so the
/// text can sit inside a `<script>` element.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    let scriptSafe: Bool
    let indent: Bool
    private var depth = 0
    private var needsComma = false

    init(scriptSafe: Bool = false, indent: Bool = false, capacity: Int = 1024) {
        self.scriptSafe = scriptSafe
        self.indent = indent
        bytes.reserveCapacity(capacity)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the writer for a new document, keeping its buffer.
    mutating func restart() {
        bytes.removeAll(keepingCapacity: true)
        depth = 0
        needsComma = false
        nestedStart = false
    }

    /// Starts at an indentation depth, for a fragment that will sit inside a larger document.
    mutating func nest(depth: Int) {
        self.depth = depth
        nestedStart = true
    }
    private var nestedStart = false

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes `"key":` before the next value.
    mutating func key(_ key: String) {
        separate()
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        if indent { bytes.append(UInt8(ascii: " ")) }
        needsComma = false
    }

    mutating func string(_ value: String) { separate(); writeString(value); needsComma = true }
    mutating func int(_ value: Int) { separate(); bytes.append(contentsOf: String(value).utf8); needsComma = true }
    mutating func number(_ value: Double) { separate(); bytes.append(contentsOf: NumberText.plain(value).utf8); needsComma = true }
    mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8); needsComma = true }
    mutating func null() { separate(); bytes.append(contentsOf: "null".utf8); needsComma = true }

    mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    mutating func number(_ value: Double?) { if let value { number(value) } else { null() } }

    /// A `"key": value` pair for the common scalar cases.
    mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
    mutating func field(_ name: String, _ value: Double?) { key(name); number(value) }
    mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }

    /// The line break that ends a file.
    mutating func endLine() { bytes.append(UInt8(ascii: "\n")) }

    /// Bytes already written as JSON by another writer (a cached fragment).
    mutating func raw(_ json: [UInt8]) { separate(); bytes.append(contentsOf: json); needsComma = true }

    /// Writes what goes before a value kept elsewhere, but not the value; returns the offset
    /// in `bytes` where it belongs (see `CatalogueJSON.encode`).
    mutating func placeholder() -> Int {
        separate()
        needsComma = true
        return bytes.count
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if indent && needsComma { newline() }
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func separate() {
        if nestedStart {
            // The enclosing writer has placed this fragment; its first token needs no separator.
            nestedStart = false
            return
        }
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        if indent && depth > 0 && (needsComma || bytes.last == UInt8(ascii: "{") || bytes.last == UInt8(ascii: "[")) { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
    }

    /// Runs without anything to escape (most of a Vietnamese text) are copied in one piece.
    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            for i in 0..<utf8.count {
                let byte = utf8[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                        || (scriptSafe && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&"))) else { continue }
                if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                escape(byte)
                start = i + 1
            }
            if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case UInt8(ascii: "<"): bytes.append(contentsOf: Array("\\u003c".utf8))
        case UInt8(ascii: ">"): bytes.append(contentsOf: Array("\\u003e".utf8))
        case UInt8(ascii: "&"): bytes.append(contentsOf: Array("\\u0026".utf8))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}
