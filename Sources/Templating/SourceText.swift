/// A template's source as UTF-8 bytes, which is what the scanner walks, plus the
/// conversion from byte offsets to the line and column people read.
struct SourceText: Sendable {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Line (1-based), column (1-based, in Unicode scalars) and text of the line that
    /// holds `offset`. Only `\n` ends a line (`\r\n` counts once, a lone `\r` never),
    /// matching the standalone-line rules. Linear, but only runs when an error is made.
    func location(of offset: Int) -> (line: Int, column: Int, lineText: String) {
        let offset = min(max(0, offset), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Continuation bytes (10xxxxxx) do not start a scalar.
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        var lineEnd = offset
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") {
            lineEnd += 1
        }
        if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") {
            lineEnd -= 1
        }
        let lineText = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        return (line, column, lineText)
    }
}
