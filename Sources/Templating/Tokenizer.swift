/// Splits a template's UTF-8 bytes into text and tag tokens in a single forward pass.
///
/// It works on bytes, never on `Character`: `"\r\n"` and a combining mark after `}}`
/// are single `Character`s and would hide line breaks and delimiters.
struct Tokenizer {
    private let bytes: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    /// Text between two tags, handed out one line at a time.
    private var pendingText: Range<Int>?

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next token, `nil` at the end. Errors here are fatal for the template:
    /// after an unclosed tag or bad delimiters the rest of the source cannot be read
    /// reliably.
    mutating func next() throws(ParseIssue) -> Token? {
        if let text = pendingText {
            return takeLine(of: text)
        }
        guard position < bytes.count else { return nil }
        let tagStart = find(open, from: position) ?? bytes.count
        if tagStart > position {
            let text = position..<tagStart
            position = tagStart
            return takeLine(of: text)
        }
        return try readTag(at: tagStart)
    }

    private mutating func takeLine(of text: Range<Int>) -> Token {
        var end = text.lowerBound
        while end < text.upperBound, bytes[end] != UInt8(ascii: "\n") {
            end += 1
        }
        end = min(end + 1, text.upperBound)
        pendingText = end < text.upperBound ? end..<text.upperBound : nil
        return Token(kind: .text, start: text.lowerBound, end: end)
    }

    private mutating func readTag(at tagStart: Int) throws(ParseIssue) -> Token {
        let sigilIndex = tagStart + open.count
        guard sigilIndex < bytes.count else { throw unclosed(at: tagStart) }
        let kind: Token.Kind
        var contentStart = sigilIndex + 1
        var closing = close
        switch bytes[sigilIndex] {
        case UInt8(ascii: "{"):
            kind = .variable(escaped: false)
            closing = [UInt8(ascii: "}")] + close
        case UInt8(ascii: "="):
            return try readSetDelimiters(at: tagStart, contentStart: contentStart)
        case UInt8(ascii: "&"): kind = .variable(escaped: false)
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .invertedSection
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        default:
            kind = .variable(escaped: true)
            contentStart = sigilIndex
        }
        guard let contentEnd = find(closing, from: contentStart) else { throw unclosed(at: tagStart) }
        position = contentEnd + closing.count
        var token = Token(kind: kind, start: tagStart, end: position)
        guard kind != .comment else { return token }
        // `{{name</h1> ... {{>p}}` is a tag left open, not a name with `{{` in it: say so here
        // rather than "'name</h1>…' resolves to nothing" at render time, or a silent empty value.
        if let next = find(open, from: contentStart), next < contentEnd {
            let opening = String(decoding: open, as: UTF8.self), closing = String(decoding: close, as: UTF8.self)
            throw ParseIssue(kind: .unclosedTag, offset: tagStart,
                             message: "tag opened with '\(opening)' is not closed with '\(closing)' before the next '\(opening)'")
        }
        var name = trimmed(contentStart..<contentEnd)
        if kind == .partial || kind == .parent, !name.isEmpty, bytes[name.lowerBound] == UInt8(ascii: "*") {
            token.isDynamic = true
            name = trimmed(name.lowerBound + 1..<name.upperBound)
        }
        token.name = String(decoding: bytes[name], as: UTF8.self)
        return token
    }

    /// `{{=<% %>=}}`: the tag itself still ends with the old closing delimiter; the
    /// new pair applies from just after it.
    private mutating func readSetDelimiters(at tagStart: Int, contentStart: Int) throws(ParseIssue) -> Token {
        guard let contentEnd = find([UInt8(ascii: "=")] + close, from: contentStart) else {
            if find(close, from: contentStart) != nil {
                throw ParseIssue(
                    kind: .badDelimiters, offset: tagStart,
                    message: "set-delimiter tag must look like {{=<% %>=}}: it needs '=' before the closing delimiter")
            }
            throw unclosed(at: tagStart)
        }
        let parts = bytes[contentStart..<contentEnd].split(whereSeparator: Self.isWhitespace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw ParseIssue(
                kind: .badDelimiters, offset: tagStart,
                message: "set-delimiter tag needs exactly two delimiters without spaces or '=', "
                    + "found '\(String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self))'")
        }
        position = contentEnd + 1 + close.count
        open = Array(parts[0])
        close = Array(parts[1])
        return Token(kind: .setDelimiters, start: tagStart, end: position)
    }

    private func unclosed(at tagStart: Int) -> ParseIssue {
        let opening = String(decoding: open, as: UTF8.self)
        let closing = String(decoding: close, as: UTF8.self)
        return ParseIssue(
            kind: .unclosedTag, offset: tagStart,
            message: "tag opened with '\(opening)' is never closed with '\(closing)'")
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// First occurrence of `pattern` at or after `start`, compared literally.
    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] {
                    matched += 1
                }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
