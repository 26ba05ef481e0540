/// The standalone-line rules. A line runs up to and including its `\n` (so `\r\n`
/// is one break and a lone `\r` is none); a tag spanning lines belongs to the line it
/// starts on. These rules are decided once, from the source, never from what a section
/// happens to render.
extension Parser {
    /// Builds the line table and marks which tags have only whitespace to their left
    /// and right on their line.
    mutating func layOutLines() {
        var lineStart = 0
        for index in tokens.indices where index + 1 == tokens.count || tokens[index + 1].line != tokens[index].line {
            lines.append(lineStart..<index + 1)
            lineStart = index + 1
        }
        for range in lines {
            var clear = true
            for index in range {
                if tokens[index].isTag {
                    tokens[index].isLeftClear = clear
                    clear = false
                } else if !isBlank(tokens[index]) {
                    clear = false
                }
            }
            clear = true
            for index in range.reversed() {
                if tokens[index].isTag {
                    tokens[index].isRightClear = clear
                    clear = false
                } else if !isBlank(tokens[index]) {
                    clear = false
                }
            }
        }
    }

    /// Decides which whitespace the tags take away and which lines start with
    /// indentation.
    ///
    /// - A line whose only tag is a standalone-capable one, with only whitespace
    ///   around it, disappears entirely (classic rule).
    /// - A parent pair whose open tag is left-clear and close tag right-clear is
    ///   standalone even on one line: it takes the whitespace before it and the
    ///   line break after its close.
    /// - An argument block takes the line break after its open tag when right-clear,
    ///   and the whitespace before its close tag when left-clear.
    /// - A block site whose pair is standalone takes the whitespace before it (its
    ///   indentation) but leaves the line break after its close.
    mutating func applyStandaloneRules() {
        startsLine = Array(repeating: false, count: lines.count)
        for (line, range) in lines.enumerated() {
            let tags = range.filter { tokens[$0].isTag }
            if tags.count == 1, let tag = tags.first, tokens[tag].isLeftClear, tokens[tag].isRightClear,
               tokens[tag].canStandAlone {
                standalone.insert(tag)
                dropWhitespace(before: tag)
                dropWhitespace(after: tag)
                if tokens[tag].kind == .parent, tokens[tokens[tag].partner].isRightClear {
                    standalonePairs.insert(tag)
                }
                continue
            }
            for tag in tags {
                applyPairRules(to: tag)
            }
            startsLine[line] = beginsWithContent(range)
        }
    }

    private mutating func applyPairRules(to tag: Int) {
        let token = tokens[tag]
        switch token.kind {
        case .parent:
            if token.isLeftClear, tokens[token.partner].isRightClear {
                standalonePairs.insert(tag)
                dropWhitespace(before: tag)
            }
        case .block where token.isArgument:
            if token.isRightClear { dropWhitespace(after: tag) }
            if token.isLeftClear { dropWhitespace(before: tag) }
        case .block:
            if token.isLeftClear, tokens[token.partner].isRightClear {
                standalonePairs.insert(tag)
                dropWhitespace(before: tag)
            }
        case .close:
            let opener = tokens[token.partner]
            if opener.kind == .parent, standalonePairs.contains(token.partner) {
                dropWhitespace(after: tag)
            } else if opener.kind == .block, opener.isArgument, token.isLeftClear {
                dropWhitespace(before: tag)
            }
        default:
            break
        }
    }

    /// Whether a kept line gets indentation: not when it is blank (a deliberate choice,
    /// so indented partials add no trailing spaces), and not when its first tag has
    /// taken the leading whitespace as its own.
    private func beginsWithContent(_ range: Range<Int>) -> Bool {
        for index in range {
            let token = tokens[index]
            if token.isTag { return !token.ownsLeadingWhitespace }
            if !isBlank(token) { return true }
        }
        return false
    }

    private mutating func dropWhitespace(before tag: Int) {
        tokens[tag].ownsLeadingWhitespace = true
        for index in lines[tokens[tag].line].lowerBound..<tag where !tokens[index].isTag {
            tokens[index].isDropped = true
        }
    }

    private mutating func dropWhitespace(after tag: Int) {
        for index in tag + 1..<lines[tokens[tag].line].upperBound where !tokens[index].isTag {
            tokens[index].isDropped = true
        }
    }

    /// The spaces and tabs before `tag` on its line: the indentation it passes on.
    func leadingWhitespace(of tag: Int) -> String {
        var result: [UInt8] = []
        for index in lines[tokens[tag].line].lowerBound..<tag where !tokens[index].isTag {
            result += bytes[tokens[index].start..<tokens[index].end]
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Only spaces and tabs, then optionally the line break.
    func isBlank(_ token: Token) -> Bool {
        guard token.kind == .text else { return false }
        var end = token.end
        if end > token.start, bytes[end - 1] == UInt8(ascii: "\n") {
            end -= 1
            if end > token.start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        for index in token.start..<end where bytes[index] != UInt8(ascii: " ") && bytes[index] != UInt8(ascii: "\t") {
            return false
        }
        return true
    }
}
