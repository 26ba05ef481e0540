/// A fast reader for the plain YAML that front matter is made of: block mappings and sequences
/// by indentation, plain and quoted scalars, and one-line flow collections of scalars.
///
/// It gives the same tree, positions included, as Yams does for those documents, and declines
/// (returns nil) on anything else — anchors, tags, block scalars, multi-line values, empty
/// values, duplicate keys, tabs, control characters, unusual escapes — which then goes through
/// Yams and its error messages. Tests hold the two to the same result on every page both read.
/// Yams spends most of a large build's reading time; this takes a small fraction of it.
enum SimpleYAML {
    /// Mappings and sequences nested deeper than this are left to Yams (behind its guard).
    static let maxDepth = 16

    /// Nil when the text is not of the plain kind, or holds more than `maxNodes` values
    /// (Yams then names the limit).
    static func parse(_ yaml: String, maxNodes: Int = YAMLLimits().maxNodes) -> YAMLNode? {
        var text = yaml
        return text.withUTF8 { bytes -> YAMLNode? in
            var parser = Parser(bytes: bytes, budget: maxNodes)
            return parser.document()
        }
    }

    private struct Line {
        var start: Int
        var end: Int
        /// Leading spaces.
        var indent: Int
        var isBlank: Bool
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var lines: [Line] = []
        var depth = 0
        var budget: Int
        /// The last column computed, so marks along one long line cost linear time in all.
        var lastMark = (line: -1, offset: 0, column: 1)

        init(bytes: UnsafeBufferPointer<UInt8>, budget: Int) {
            self.bytes = bytes
            self.budget = budget
        }

        mutating func document() -> YAMLNode? {
            lines.reserveCapacity(bytes.count / 16 + 1)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A {
                    let b = bytes[end]
                    // Tabs, control characters and DEL go to Yams, for its errors and positions.
                    if b == 0x09 || b < 0x20 || b == 0x7F { return nil }
                    // So do the characters libyaml treats specially: C1 controls (U+0080–U+009F,
                    // U+0085 a line break), U+2028 and U+2029 (line breaks), U+FEFF (a byte-order
                    // mark, skipped), U+FFFE and U+FFFF (not printable).
                    if b == 0xC2, end + 1 < bytes.count, (0x80...0x9F).contains(bytes[end + 1]) { return nil }
                    if b == 0xE2, end + 2 < bytes.count, bytes[end + 1] == 0x80, bytes[end + 2] == 0xA8 || bytes[end + 2] == 0xA9 { return nil }
                    if b == 0xEF, end + 2 < bytes.count, (bytes[end + 1] == 0xBB && bytes[end + 2] == 0xBF) || (bytes[end + 1] == 0xBF && bytes[end + 2] >= 0xBE) { return nil }
                    end += 1
                }
                var indent = 0
                while start + indent < end, bytes[start + indent] == 0x20 { indent += 1 }
                let first = start + indent
                let blank = first == end || bytes[first] == UInt8(ascii: "#")
                lines.append(Line(start: start, end: end, indent: indent, isBlank: blank))
                if end == bytes.count { break }
                start = end + 1
            }
            guard let first = nextContent(0), lines[first].indent == 0,
                  let (root, next) = blockMapping(line: first, offset: lines[first].start, indent: 0),
                  nextContent(next) == nil else { return nil }
            return root
        }

        func nextContent(_ index: Int) -> Int? {
            var i = index
            while i < lines.count, lines[i].isBlank { i += 1 }
            return i < lines.count ? i : nil
        }

        /// 1-based scalar column of a byte offset in its line; every mark is also one value
        /// against the budget.
        mutating func mark(_ line: Int, _ offset: Int) -> YAMLMark? {
            budget -= 1
            guard budget >= 0 else { return nil }
            var column = 1
            var i = lines[line].start
            if lastMark.line == line, lastMark.offset <= offset {
                column = lastMark.column
                i = lastMark.offset
            }
            while i < offset {
                if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            lastMark = (line, offset, column)
            return YAMLMark(line: line + 1, column: column)
        }

        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }

        /// A block mapping whose first key starts at `offset` on `line` (possibly after "- "),
        /// and whose later keys are at `indent`.
        mutating func blockMapping(line: Int, offset: Int, indent: Int) -> (YAMLNode, Int)? {
            depth += 1
            defer { depth -= 1 }
            guard depth < SimpleYAML.maxDepth else { return nil }
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var keys = SmallMap<Void>()
            var i = line
            var start = offset
            var mapMark: YAMLMark?
            while true {
                guard let (keyEnd, key) = self.key(at: start, line: i), keys.insert(key, ()),
                      let keyMark = mark(i, start) else { return nil }
                if mapMark == nil { mapMark = keyMark }
                let keyNode = YAMLNode.scalar(.init(string: key, style: .plain, mark: keyMark))
                var p = keyEnd + 1
                while p < lines[i].end, bytes[p] == 0x20 { p += 1 }
                var next: Int
                if p == lines[i].end || bytes[p] == UInt8(ascii: "#") {
                    // The value is the block below.
                    guard let j = nextContent(i + 1) else { return nil }
                    let child = lines[j]
                    let childStart = child.start + child.indent
                    if isDash(childStart, lineEnd: child.end), child.indent >= indent {
                        guard let (value, after) = blockSequence(line: j, indent: child.indent) else { return nil }
                        pairs.append((keyNode, value))
                        next = after
                    } else if child.indent > indent {
                        guard let (value, after) = blockMapping(line: j, offset: childStart, indent: child.indent) else { return nil }
                        pairs.append((keyNode, value))
                        next = after
                    } else {
                        return nil
                    }
                } else {
                    guard let value = inlineValue(line: i, at: p) else { return nil }
                    pairs.append((keyNode, value))
                    next = i + 1
                }
                guard let j = nextContent(next) else { return (.mapping(.init(pairs: pairs, mark: mapMark)), lines.count) }
                if lines[j].indent < indent { return (.mapping(.init(pairs: pairs, mark: mapMark)), j) }
                // Deeper lines here would continue a value over lines, and a dash here is not a key:
                // both are Yams's business.
                guard lines[j].indent == indent, !isDash(lines[j].start + indent, lineEnd: lines[j].end) else { return nil }
                i = j
                start = lines[j].start + indent
            }
        }

        /// A block sequence whose dashes are at `indent`.
        mutating func blockSequence(line: Int, indent: Int) -> (YAMLNode, Int)? {
            depth += 1
            defer { depth -= 1 }
            guard depth < SimpleYAML.maxDepth else { return nil }
            var items: [YAMLNode] = []
            var i = line
            guard let seqMark = mark(line, lines[line].start + indent) else { return nil }
            while true {
                let dash = lines[i].start + indent
                var p = dash + 1
                while p < lines[i].end, bytes[p] == 0x20 { p += 1 }
                guard p < lines[i].end, bytes[p] != UInt8(ascii: "#") else { return nil }
                var next: Int
                if key(at: p, line: i) != nil {
                    guard let (item, after) = blockMapping(line: i, offset: p, indent: p - lines[i].start) else { return nil }
                    items.append(item)
                    next = after
                } else {
                    guard let item = inlineValue(line: i, at: p) else { return nil }
                    items.append(item)
                    next = i + 1
                }
                guard let j = nextContent(next) else { return (.sequence(.init(items: items, mark: seqMark)), lines.count) }
                if lines[j].indent < indent { return (.sequence(.init(items: items, mark: seqMark)), j) }
                guard lines[j].indent == indent else { return nil }
                guard isDash(lines[j].start + indent, lineEnd: lines[j].end) else { return (.sequence(.init(items: items, mark: seqMark)), j) }
                i = j
            }
        }

        func isDash(_ p: Int, lineEnd: Int) -> Bool {
            p < lineEnd && bytes[p] == UInt8(ascii: "-") && (p + 1 == lineEnd || bytes[p + 1] == 0x20)
        }

        /// A plain key (letters, digits, `_`, `-`) followed by ':' and a space or the line's end:
        /// the offset of the colon and the key.
        func key(at p: Int, line: Int) -> (Int, String)? {
            let end = lines[line].end
            var q = p
            while q < end, Self.isKeyByte(bytes[q]) { q += 1 }
            guard q > p, q < end, bytes[q] == UInt8(ascii: ":"), q + 1 == end || bytes[q + 1] == 0x20 else { return nil }
            // A key may not start like a number with a sign, a dash or a dot only: keep it simple.
            guard bytes[p] != UInt8(ascii: "-") else { return nil }
            return (q, text(p, q))
        }

        static func isKeyByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
        }

        /// A value that ends on its line: a quoted or plain scalar, or a flow collection.
        mutating func inlineValue(line: Int, at p: Int) -> YAMLNode? {
            let end = lines[line].end
            let b = bytes[p]
            var node: YAMLNode
            var after: Int
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let (scalar, q) = quoted(line: line, at: p, end: end) else { return nil }
                node = scalar
                after = q
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard let (collection, q) = flow(line: line, at: p, end: end) else { return nil }
                node = collection
                after = q
            default:
                return plain(line: line, at: p, end: end)
            }
            return restIsEmpty(after, end) ? node : nil
        }

        /// Only spaces, then nothing or a comment.
        func restIsEmpty(_ from: Int, _ end: Int) -> Bool {
            var q = from
            while q < end, bytes[q] == 0x20 { q += 1 }
            return q == end || (bytes[q] == UInt8(ascii: "#") && q > from)
        }

        /// A block plain scalar: to the end of the line or a ` #` comment, trailing spaces dropped.
        mutating func plain(line: Int, at p: Int, end: Int) -> YAMLNode? {
            guard Self.canStartPlain(bytes, p, end) else { return nil }
            var q = p
            var last = p
            while q < end {
                let c = bytes[q]
                if c == UInt8(ascii: "#"), bytes[q - 1] == 0x20 { break }
                // ": " or a final ':' would make a mapping here, which YAML does not allow.
                if c == UInt8(ascii: ":"), q + 1 == end || bytes[q + 1] == 0x20 { return nil }
                if c != 0x20 { last = q + 1 }
                q += 1
            }
            guard let m = mark(line, p) else { return nil }
            return .scalar(.init(string: text(p, last), style: .plain, mark: m))
        }

        static func canStartPlain(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int, _ end: Int) -> Bool {
            switch bytes[p] {
            case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"),
                 UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "#"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "["), UInt8(ascii: "{"):
                return false
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                return p + 1 < end && bytes[p + 1] != 0x20
            default:
                return true
            }
        }

        /// A quoted scalar that closes on its line; double quotes take the common escapes only.
        mutating func quoted(line: Int, at p: Int, end: Int) -> (YAMLNode, Int)? {
            let quote = bytes[p]
            var q = p + 1
            // Most quoted values hold no escape: they are the bytes between the quotes.
            while q < end, bytes[q] != quote, bytes[q] != UInt8(ascii: "\\") { q += 1 }
            if q < end, bytes[q] == quote, !(quote == UInt8(ascii: "'") && q + 1 < end && bytes[q + 1] == quote) {
                guard let m = mark(line, p) else { return nil }
                return (.scalar(.init(string: text(p + 1, q), style: .quoted, mark: m)), q + 1)
            }
            var out: [UInt8] = []
            q = p + 1
            while q < end {
                let c = bytes[q]
                if c == quote {
                    if quote == UInt8(ascii: "'"), q + 1 < end, bytes[q + 1] == quote {
                        out.append(quote)
                        q += 2
                        continue
                    }
                    guard let m = mark(line, p) else { return nil }
                    return (.scalar(.init(string: String(decoding: out, as: UTF8.self), style: .quoted, mark: m)), q + 1)
                }
                if c == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                    guard q + 1 < end else { return nil }
                    switch bytes[q + 1] {
                    case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                    case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                    case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    default: return nil
                    }
                    q += 2
                    continue
                }
                out.append(c)
                q += 1
            }
            return nil
        }

        /// `{a: 1, b: "x"}` or `[a, "b"]` on one line, of scalars only.
        mutating func flow(line: Int, at p: Int, end: Int) -> (YAMLNode, Int)? {
            let isMap = bytes[p] == UInt8(ascii: "{")
            let close = isMap ? UInt8(ascii: "}") : UInt8(ascii: "]")
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var items: [YAMLNode] = []
            var keys = SmallMap<Void>()
            var q = p + 1
            func skipSpaces() { while q < end, bytes[q] == 0x20 { q += 1 } }
            skipSpaces()
            guard let collectionMark = mark(line, p) else { return nil }
            if q < end, bytes[q] == close {
                let m = collectionMark
                return (isMap ? .mapping(.init(pairs: [], mark: m)) : .sequence(.init(items: [], mark: m)), q + 1)
            }
            while true {
                skipSpaces()
                guard q < end else { return nil }
                var keyNode: YAMLNode?
                if isMap {
                    let k = q
                    while q < end, Self.isKeyByte(bytes[q]) { q += 1 }
                    guard q > k, bytes[k] != UInt8(ascii: "-"), q + 1 < end, bytes[q] == UInt8(ascii: ":"), bytes[q + 1] == 0x20 else { return nil }
                    let key = text(k, q)
                    guard keys.insert(key, ()) else { return nil }
                    guard let m = mark(line, k) else { return nil }
                    keyNode = .scalar(.init(string: key, style: .plain, mark: m))
                    q += 1
                    skipSpaces()
                    guard q < end else { return nil }
                }
                let value: YAMLNode
                if bytes[q] == UInt8(ascii: "\"") || bytes[q] == UInt8(ascii: "'") {
                    guard let (scalar, after) = quoted(line: line, at: q, end: end) else { return nil }
                    value = scalar
                    q = after
                } else {
                    // In a flow collection libyaml reads '?' as the explicit-key indicator
                    // whatever follows it (`[?a]` holds a mapping): such input is for Yams.
                    guard bytes[q] != UInt8(ascii: "?"), Self.canStartPlain(bytes, q, end) else { return nil }
                    let s = q
                    var last = q
                    while q < end, bytes[q] != UInt8(ascii: ","), bytes[q] != close {
                        let c = bytes[q]
                        // Nested collections, ':' and comments inside flow values are for Yams.
                        if c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "{") || c == UInt8(ascii: "}")
                            || c == UInt8(ascii: ":") || (c == UInt8(ascii: "#") && bytes[q - 1] == 0x20) { return nil }
                        if c != 0x20 { last = q + 1 }
                        q += 1
                    }
                    guard let m = mark(line, s) else { return nil }
                    value = .scalar(.init(string: text(s, last), style: .plain, mark: m))
                }
                if let keyNode { pairs.append((keyNode, value)) } else { items.append(value) }
                skipSpaces()
                guard q < end else { return nil }
                if bytes[q] == close {
                    let m = collectionMark
                    return (isMap ? .mapping(.init(pairs: pairs, mark: m)) : .sequence(.init(items: items, mark: m)), q + 1)
                }
                guard bytes[q] == UInt8(ascii: ",") else { return nil }
                q += 1
                skipSpaces()
                // A trailing comma before the close is for Yams.
                guard q < end, bytes[q] != close else { return nil }
            }
        }
    }
}
