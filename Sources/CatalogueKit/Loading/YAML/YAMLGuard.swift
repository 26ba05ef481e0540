import Yams

/// Cheap checks that keep hostile YAML from crashing or stalling the reader.
enum YAMLGuard {
    /// An estimate of nesting read off the text, before Yams composes it: open indentation levels,
    /// compact `- ` / `? ` indicators, and flow brackets. Quoted text and comments are skipped.
    static func check(_ yaml: YAMLSource) -> Diagnostic? {
        let space = UInt8(ascii: " ")
        var indents: [Int] = []
        var flowDepth = 0
        var lineNumber = 0
        for line in yaml.yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = Array(line)
            var i = 0
            while i < bytes.count, bytes[i] == space { i += 1 }
            guard i < bytes.count, bytes[i] != UInt8(ascii: "#"), bytes[i] != UInt8(ascii: "\r") else { continue }
            if flowDepth == 0 {
                while let top = indents.last, top >= i { indents.removeLast() }
                indents.append(i)
            }
            var compact = 0
            while i + 1 < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "?"), bytes[i + 1] == space {
                compact += 1
                i += 2
                while i < bytes.count, bytes[i] == space { i += 1 }
            }
            var quote: UInt8?
            var previous = space
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                if let q = quote {
                    if byte == q { quote = nil }
                } else if byte == UInt8(ascii: "#"), previous == space {
                    break
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"),
                          [space, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ",")].contains(previous) {
                    quote = byte
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flowDepth += 1
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flowDepth = max(0, flowDepth - 1)
                }
                previous = byte
                if indents.count + compact + flowDepth > yaml.limits.maxDepth {
                    return tooDeep(yaml, line: lineNumber, column: i)
                }
            }
            if indents.count + compact + flowDepth > yaml.limits.maxDepth {
                return tooDeep(yaml, line: lineNumber, column: max(1, i))
            }
        }
        return nil
    }

    private static func tooDeep(_ yaml: YAMLSource, line: Int, column: Int) -> Diagnostic {
        yaml.source.diagnostic(
            .error, "yaml.too-deep",
            "YAML is nested more than \(yaml.limits.maxDepth) levels deep",
            at: SourcePosition(line: line + yaml.firstLine - 1,
                               column: yaml.source.scalarColumn(line: line + yaml.firstLine - 1, byteColumn: column)),
            notes: ["front matter fields nest at most three levels (e.g. assessment → scores → A)"])
    }

    /// Counts values as a reader would see them, following aliases, and stops at the budget.
    static func checkExpansion(_ root: Node, in yaml: YAMLSource) -> Diagnostic? {
        var budget = yaml.limits.maxNodes
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            budget -= 1
            if budget < 0 {
                return yaml.diagnostic(
                    .error, "yaml.too-large",
                    "YAML expands to more than \(yaml.limits.maxNodes) values",
                    at: node.mark,
                    notes: ["anchors and aliases (&name, *name) that repeat lists of aliases grow exponentially; write the values out"])
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return nil
    }
}
