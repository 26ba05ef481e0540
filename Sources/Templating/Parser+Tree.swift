/// The last pass: tokens, with their standalone decisions, into nodes. Iterative, with
/// an explicit stack of the bodies still open.
extension Parser {
    func buildTree() -> [Node] {
        var stack: [(opener: Int, nodes: [Node])] = []
        var nodes: [Node] = []
        for index in tokens.indices {
            let token = tokens[index]
            if index == lines[token.line].lowerBound, startsLine[token.line] {
                nodes.append(.lineStart)
            }
            switch token.kind {
            case .text:
                if !token.isDropped, token.start < token.end {
                    appendText(token, to: &nodes)
                }
            case .variable(let escaped):
                nodes.append(.variable(.init(name: Name(token.name), escaped: escaped, offset: token.start)))
            case .comment, .setDelimiters:
                break
            case .partial:
                let indent = standalone.contains(index) ? leadingWhitespace(of: index) : nil
                nodes.append(.partial(.init(target: target(of: token), indent: indent, offset: token.start)))
            case .section, .invertedSection, .parent, .block:
                stack.append((index, nodes))
                nodes = []
                // Block content always starts a line of its own where it is expanded,
                // even when it was written on the line of its open tag.
                if token.kind == .block, !token.isRightClear {
                    nodes.append(.lineStart)
                }
            case .close:
                let (opener, outer) = stack.removeLast()
                let node = makeNode(opener: opener, body: nodes)
                nodes = outer
                nodes.append(node)
            }
        }
        return nodes
    }

    private func makeNode(opener index: Int, body: [Node]) -> Node {
        let token = tokens[index]
        switch token.kind {
        case .parent:
            var arguments: [String: Node.Block] = [:]
            // Only blocks written directly inside the pair are arguments; the first
            // of two with the same name wins.
            for case .block(let block) in body where arguments[block.name] == nil {
                arguments[block.name] = block
            }
            let indent = standalonePairs.contains(index) ? leadingWhitespace(of: index) : nil
            return .parent(.init(target: target(of: token), arguments: arguments, indent: indent, offset: token.start))
        case .block:
            return .block(.init(name: token.name, body: body, siteIndent: siteIndent(of: index, body: body), offset: token.start))
        default:
            return .section(.init(
                name: Name(token.name), inverted: token.kind == .invertedSection, body: body, offset: token.start))
        }
    }

    /// A standalone site's indentation is the intrinsic indentation of its default
    /// content, or the tag's own leading whitespace when it has no content; a pair on
    /// one line uses the leading whitespace; an inline site has none.
    private func siteIndent(of index: Int, body: [Node]) -> String? {
        guard !tokens[index].isArgument else { return nil }
        if standalone.contains(index) {
            return body.isEmpty ? leadingWhitespace(of: index) : String(decoding: intrinsicIndent[index] ?? [], as: UTF8.self)
        }
        return standalonePairs.contains(index) ? leadingWhitespace(of: index) : nil
    }

    private func target(of token: Token) -> Node.Target {
        token.isDynamic ? .dynamic(Name(token.name)) : .named(token.name)
    }

    /// Merges with a preceding text node in place (the array is uniquely owned once
    /// popped), so long runs of text stay linear.
    private func appendText(_ token: Token, to nodes: inout [Node]) {
        let text = bytes[token.start..<token.end]
        if case .text? = nodes.last, case .text(var merged, let offset)? = nodes.popLast() {
            merged += String(decoding: text, as: UTF8.self)
            nodes.append(.text(merged, offset: offset))
        } else {
            nodes.append(.text(String(decoding: text, as: UTF8.self), offset: token.start))
        }
    }
}
