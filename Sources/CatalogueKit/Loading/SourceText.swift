/// The decoded text of one source file, with an index of its lines.
///
/// Text is kept with LF line endings (CRLF and lone CRs become LF on decoding) and without a
/// byte-order mark. Offsets are UTF-8 byte offsets.
public struct SourceText: Sendable {
    /// Path relative to the project root, as printed in diagnostics.
    public let path: String
    public let text: String
    /// UTF-8 offset of the first byte of each line.
    let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        var text = text
        // Over the contiguous bytes: every page is indexed on every full build.
        self.lineStarts = text.withUTF8 { bytes in
            var starts = [0]
            starts.reserveCapacity(bytes.count / 32 + 1)
            for i in 0..<bytes.count where bytes[i] == UInt8(ascii: "\n") { starts.append(i + 1) }
            return starts
        }
        self.text = text
    }

    /// With the line index already made, by the decoder's pass over the same bytes.
    init(path: String, text: String, lineStarts: [Int]) {
        self.path = path
        self.text = text
        self.lineStarts = lineStarts
    }

    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, without its line break; nil past the end.
    public func line(_ number: Int) -> String? {
        guard let range = lineByteRange(number) else { return nil }
        let utf8 = text.utf8
        return String(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
    }

    /// The UTF-8 offsets of a 1-based line, without its line break.
    func lineByteRange(_ number: Int) -> Range<Int>? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : utf8.count
        if end > start, utf8[utf8.index(utf8.startIndex, offsetBy: end - 1)] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// Converts a 1-based byte column (as libcmark reports it) to a 1-based scalar column.
    public func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard let text = self.line(line) else { return byteColumn }
        var bytes = 0
        var column = 1
        for scalar in text.unicodeScalars {
            if bytes >= byteColumn - 1 { break }
            bytes += UTF8.width(scalar)
            column += 1
        }
        return column
    }

    /// The position of a UTF-8 offset into the text.
    public func position(ofUTF8Offset offset: Int) -> SourcePosition {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        let bytes = Array(text.utf8.dropFirst(lineStart).prefix(max(0, offset - lineStart)))
        let column = String(decoding: bytes, as: UTF8.self).unicodeScalars.count + 1
        return SourcePosition(line: low + 1, column: column)
    }

    /// A diagnostic pointing into this file, with the line's text for the caret display.
    public func diagnostic(_ severity: Severity, _ code: String, _ message: String, at position: SourcePosition, notes: [String] = []) -> Diagnostic {
        Diagnostic(severity, code: code, message: message,
                   location: SourceLocation(path: path, position: position),
                   lineText: line(position.line), notes: notes)
    }
}
