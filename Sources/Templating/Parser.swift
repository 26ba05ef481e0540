/// Turns a template's bytes into a node tree in four linear passes:
/// read tokens while matching pairs, lay out lines, apply the standalone and
/// indentation rules, then build the tree. No pass recurses, so a template with a
/// million nested sections costs a `.nestingTooDeep` error, not a stack overflow.
struct Parser {
    /// A template with more errors than this is hopeless; stop listing them.
    static let maxIssues = 20

    let bytes: [UInt8]
    let limits: TemplateLimits
    var tokens: [Token] = []
    /// Token index ranges, one per source line.
    var lines: [Range<Int>] = []
    /// Lines that begin with a `.lineStart` node.
    var startsLine: [Bool] = []
    /// Tags that stand alone on their line by the classic rule.
    var standalone: Set<Int> = []
    /// Parents and block sites whose open tag is left-clear and close tag right-clear.
    var standalonePairs: Set<Int> = []
    /// Intrinsic indentation of blocks whose content starts on a fresh line.
    var intrinsicIndent: [Int: [UInt8]] = [:]
    private(set) var issues: [ParseIssue] = []

    init(bytes: [UInt8], limits: TemplateLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    /// The tree and its payloads (see `buildTree`), or `nil` with `issues` filled in.
    mutating func parse() -> (nodes: [Node], payloads: [any AnyObject & Sendable])? {
        guard readTokens() else { return nil }
        layOutLines()
        stripIntrinsicIndentation()
        applyStandaloneRules()
        return buildTree()
    }

    /// Reads every token, pairing opening and closing tags on a stack as it goes, so
    /// runaway nesting stops at the first tag past the limit.
    private mutating func readTokens() -> Bool {
        var tokenizer = Tokenizer(bytes: bytes)
        var open: [Int] = []
        var line = 0
        while issues.count < Self.maxIssues {
            let next: Token?
            do {
                next = try tokenizer.next()
            } catch {
                issues.append(error)
                return false
            }
            guard var token = next else { break }
            let index = tokens.count
            token.line = line
            if token.kind == .text {
                if bytes[token.end - 1] == UInt8(ascii: "\n") { line += 1 }
            } else if token.kind != .comment, token.kind != .setDelimiters, token.name.isEmpty {
                report(.emptyTag, at: token, "this tag needs a name")
                token.kind = .comment
            } else if token.opensSection {
                if token.kind == .block, let outer = open.last, tokens[outer].kind == .parent {
                    token.isArgument = true
                }
                open.append(index)
                if open.count > limits.maxNesting {
                    report(.nestingTooDeep, at: token,
                           "sections are nested more than \(limits.maxNesting) deep here")
                    return false
                }
            } else if token.kind == .close {
                matchClose(&token, at: index, open: &open)
            }
            tokens.append(token)
        }
        for index in open where issues.count < Self.maxIssues {
            report(.unclosedSection, at: tokens[index], "section '\(tokens[index].name)' opened here is never closed")
        }
        return issues.isEmpty
    }

    private mutating func matchClose(_ token: inout Token, at index: Int, open: inout [Int]) {
        guard let innermost = open.last else {
            report(.unopenedClose, at: token, "closing tag '\(token.name)' has no open section to close")
            token.kind = .comment
            return
        }
        if closes(token, tokens[innermost]) {
            open.removeLast()
            token.partner = innermost
            tokens[innermost].partner = index
            return
        }
        let opener = tokens[innermost]
        let (line, column) = lineAndColumn(of: opener.start)
        report(.mismatchedClose, at: token,
               "closing tag '\(token.name)' does not match '\(opener.name)', "
               + "the innermost open section (line \(line), column \(column))")
        token.kind = .comment
        // Resynchronise so one typo gives one error: close through the matching opener
        // if there is one, otherwise treat the tag as a misspelt close of the innermost.
        let match = open.lastIndex(where: { closes(token, tokens[$0]) }) ?? open.count - 1
        open.removeSubrange(match...)
    }

    private func closes(_ close: Token, _ opener: Token) -> Bool {
        if close.name == opener.name { return true }
        guard opener.isDynamic, close.name.hasPrefix("*") else { return false }
        return close.name.dropFirst().trimmingPrefix(while: \.isWhitespace) == opener.name
    }

    private mutating func report(_ kind: TemplateError.Kind, at token: Token, _ message: String) {
        issues.append(ParseIssue(kind: kind, offset: token.start, message: message))
    }

    private func lineAndColumn(of offset: Int) -> (Int, Int) {
        let location = SourceText(bytes: bytes).location(of: offset)
        return (location.line, location.column)
    }
}
