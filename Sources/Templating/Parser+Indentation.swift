/// Inheritance's block re-indentation: a block whose content starts on a fresh line
/// has an intrinsic indentation (the leading whitespace of its first content line),
/// which is removed from every line of the content where it is written, so that the
/// content can be re-indented wherever it is expanded.
extension Parser {
    /// Outer blocks are handled before the blocks nested in them, so a nested block's
    /// intrinsic indentation is measured relative to its enclosing block. The cost is
    /// the content's line count per level of block nesting, bounded by `maxNesting`.
    mutating func stripIntrinsicIndentation() {
        for open in tokens.indices where tokens[open].kind == .block && tokens[open].isRightClear {
            let close = tokens[open].partner
            let firstLine = tokens[open].line + 1
            let lastLine = tokens[close].line
            guard firstLine <= lastLine else { continue }
            let first = lines[firstLine].lowerBound
            guard first < close, tokens[first].kind == .text else { continue }
            let indent = whitespacePrefix(of: tokens[first])
            guard !indent.isEmpty else { continue }
            intrinsicIndent[open] = indent
            for line in firstLine...lastLine {
                let index = lines[line].lowerBound
                guard index < close, tokens[index].kind == .text else { continue }
                var stripped = 0
                while stripped < indent.count, tokens[index].start + stripped < tokens[index].end,
                      bytes[tokens[index].start + stripped] == indent[stripped] {
                    stripped += 1
                }
                tokens[index].start += stripped
            }
        }
    }

    private func whitespacePrefix(of token: Token) -> [UInt8] {
        var end = token.start
        while end < token.end, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") {
            end += 1
        }
        return Array(bytes[token.start..<end])
    }
}
