/// Turns a file's bytes into `SourceText`, or says precisely why it cannot.
public enum SourceDecoder {
    /// Decodes UTF-8, drops a leading byte-order mark and makes every line end LF.
    /// Invalid UTF-8 is reported with the byte offset, line and column of the first bad byte.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // One validating pass in the common case; the slow scan only runs to explain a failure.
        if let text = String(validating: body, as: UTF8.self) {
            let (hasCR, suspicious, lineStarts) = scan(body)
            let source = hasCR ? SourceText(path: path, text: text.normalizingLineEndings()) : SourceText(path: path, text: text, lineStarts: lineStarts)
            return checked(source, suspicious: suspicious)
        }
        if let bad = firstInvalidUTF8Offset(body) {
            let valid = String(decoding: body[body.startIndex..<bad], as: UTF8.self)
            let prefix = SourceText(path: path, text: valid.normalizingLineEndings())
            var position = prefix.position(ofUTF8Offset: valid.utf8.count)
            position.column = max(1, position.column)
            let byteOffset = bad - bytes.startIndex
            // Notepad's "Unicode" is UTF-16 with a byte-order mark: say so, not just "bad byte 0xFF".
            let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            return .failure(Diagnostic(
                .error, code: "source.invalid-utf8",
                message: utf16 ? "file is UTF-16, not UTF-8 (it starts with a UTF-16 byte-order mark)"
                    : "file is not valid UTF-8: bad byte 0x\(hex(bytes[bad])) at byte offset \(byteOffset)",
                location: SourceLocation(path: path, position: position),
                lineText: prefix.line(position.line),
                notes: ["save the file as UTF-8 (most editors offer this under \"Save with encoding\")"]))
        }
        let (hasCR, suspicious, _) = scan(body)
        let text = String(decoding: body, as: UTF8.self)
        return checked(SourceText(path: path, text: hasCR ? text.normalizingLineEndings() : text), suspicious: suspicious)
    }

    /// One pass over the bytes: is there a CR to normalise, and could there be a control
    /// character? Most files have no byte below 0x20 but tab and line breaks, and no C1 or
    /// separator lead bytes (0xC2, 0xE2); only those that do are searched scalar by scalar.
    /// The same pass finds where lines start, for `SourceText` (valid when there is no CR).
    /// It looks at eight bytes at once where it can: most words of a text hold none of those bytes.
    private static func scan(_ bytes: ArraySlice<UInt8>) -> (hasCR: Bool, suspicious: Bool, lineStarts: [Int]) {
        bytes.withUnsafeBufferPointer { buffer in
            var hasCR = false
            var suspicious = false
            var lineStarts = [0]
            lineStarts.reserveCapacity(buffer.count / 32 + 1)
            guard let base = buffer.baseAddress else { return (hasCR, suspicious, lineStarts) }
            let raw = UnsafeRawPointer(base)
            let count = buffer.count
            var offset = 0
            while offset < count {
                if offset & 7 == 0, offset + 8 <= count, !mayHoldMark(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
                    offset += 8
                    continue
                }
                let byte = buffer[offset]
                if byte < 0x20 {
                    if byte == 0x0A {
                        lineStarts.append(offset + 1)
                    } else if byte == 0x0D {
                        hasCR = true
                    } else if byte != 0x09 {
                        suspicious = true
                    }
                } else if byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
                    suspicious = true
                }
                offset += 1
            }
            return (hasCR, suspicious, lineStarts)
        }
    }

    /// Whether any of the eight bytes in `word` may be below 0x20, 0x7F, 0xC2 or 0xE2. Never
    /// wrong when it says no; a yes is checked byte by byte (the tests are the classic
    /// "has a byte less than n" and "has a zero byte" words, which can only err towards yes).
    @inline(__always)
    static func mayHoldMark(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        return (word &- ones &* 0x20) & ~word & highs != 0
            || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xC2)) || hasZero(word ^ (ones &* 0xE2))
    }

    /// The text, unless it holds a control character.
    private static func checked(_ source: SourceText, suspicious: Bool) -> Result<SourceText, Diagnostic> {
        if suspicious, let finding = firstControlCharacter(in: source) { return .failure(finding) }
        return .success(source)
    }

    /// NUL, the other C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    /// They are invisible in an editor, break YAML (which refuses them or, for U+2028, counts a
    /// line that CommonMark does not), and have no place in a published page.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
    }

    private static func firstControlCharacter(in source: SourceText) -> Diagnostic? {
        var line = 1
        var column = 1
        for scalar in source.text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if isControl(scalar) {
                let code = String(scalar.value, radix: 16, uppercase: true)
                let name = scalar.value == 0 ? "a NUL byte" : scalar.value >= 0x2028 ? "the invisible separator U+\(code)" : "the invisible control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)"
                return source.diagnostic(.error, "source.control-character", "file contains \(name)", at: SourcePosition(line: line, column: column),
                                         notes: [scalar.value >= 0x2028 ? "replace it with an ordinary line break" : "delete it; such characters usually come from text copied out of a PDF or a word processor, or from a damaged file"])
            }
            column += 1
        }
        return nil
    }

    /// The index of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}

extension String {
    /// CRLF and a lone CR (old Mac files) become LF: YAML and CommonMark both take a lone CR
    /// as a line break, so keeping it would put their line numbers out of step with ours.
    func normalizingLineEndings() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousCR = false
        for byte in utf8 {
            if byte == UInt8(ascii: "\r") {
                out.append(UInt8(ascii: "\n"))
            } else if !(byte == UInt8(ascii: "\n") && previousCR) {
                out.append(byte)
            }
            previousCR = byte == UInt8(ascii: "\r")
        }
        return String(decoding: out, as: UTF8.self)
    }
}
