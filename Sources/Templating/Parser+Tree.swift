/// The last pass: tokens, with their standalone decisions, into nodes. Iterative, with
/// an explicit stack of the bodies still open.
extension Parser {
    /// The nodes, and every payload object in them, which the template keeps (see `Node.Ref`).
    func buildTree() -> (nodes: [Node], payloads: [any AnyObject & Sendable]) {
        var stack: [(opener: Int, body: Body)] = []
        var body = Body()
        var payloads: [any AnyObject & Sendable] = []
        for index in tokens.indices {
            let token = tokens[index]
            if index == lines[token.line].lowerBound, startsLine[token.line] {
                body.append(.lineStart, payloads: &payloads)
            }
            switch token.kind {
            case .text:
                if !token.isDropped, token.start < token.end {
                    body.appendText(bytes[token.start..<token.end], at: token.start)
                }
            case .variable(let escaped):
                let variable = Node.Variable(name: Name(token.name), escaped: escaped, offset: token.start)
                body.append(.variable(.init(variable, owners: &payloads)), payloads: &payloads)
            case .comment, .setDelimiters:
                break
            case .partial:
                let indent = standalone.contains(index) ? leadingWhitespace(of: index) : nil
                let partial = Node.Partial(target: target(of: token), indent: indent, offset: token.start)
                body.append(.partial(.init(partial, owners: &payloads)), payloads: &payloads)
            case .section, .invertedSection, .parent, .block:
                stack.append((index, body))
                body = Body()
                // Block content always starts a line of its own where it is expanded,
                // even when it was written on the line of its open tag.
                if token.kind == .block, !token.isRightClear {
                    body.append(.lineStart, payloads: &payloads)
                }
            case .close:
                let (opener, outer) = stack.removeLast()
                let node = makeNode(opener: opener, body: body.finish(payloads: &payloads), payloads: &payloads)
                body = outer
                body.append(node, payloads: &payloads)
            }
        }
        return (body.finish(payloads: &payloads), payloads)
    }

    /// A body being built. Consecutive texts become one node, so they print in one copy;
    /// their bytes gather here until another node comes, so long runs stay linear.
    private struct Body {
        var nodes: [Node] = []
        var text: [UInt8] = []
        var textOffset = 0

        mutating func appendText(_ bytes: ArraySlice<UInt8>, at offset: Int) {
            if text.isEmpty { textOffset = offset }
            text.append(contentsOf: bytes)
        }

        mutating func append(_ node: Node, payloads: inout [any AnyObject & Sendable]) {
            endText(payloads: &payloads)
            nodes.append(node)
        }

        mutating func finish(payloads: inout [any AnyObject & Sendable]) -> [Node] {
            endText(payloads: &payloads)
            return nodes
        }

        private mutating func endText(payloads: inout [any AnyObject & Sendable]) {
            guard !text.isEmpty else { return }
            nodes.append(.text(.init(Node.Text(bytes: text, offset: textOffset), owners: &payloads)))
            text = []
        }
    }

    private func makeNode(opener index: Int, body: [Node], payloads: inout [any AnyObject & Sendable]) -> Node {
        let token = tokens[index]
        switch token.kind {
        case .parent:
            var arguments: [String: Node.Block] = [:]
            // Only blocks written directly inside the pair are arguments; the first
            // of two with the same name wins.
            for case .block(let ref) in body where arguments[ref.object.name] == nil {
                arguments[ref.object.name] = ref.object
            }
            let indent = standalonePairs.contains(index) ? leadingWhitespace(of: index) : nil
            return .parent(.init(.init(target: target(of: token), arguments: arguments, indent: indent, offset: token.start), owners: &payloads))
        case .block:
            return .block(.init(.init(name: token.name, body: body, siteIndent: siteIndent(of: index, body: body), offset: token.start), owners: &payloads))
        default:
            return .section(.init(.init(
                name: Name(token.name), inverted: token.kind == .invertedSection, body: body, offset: token.start), owners: &payloads))
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
}
