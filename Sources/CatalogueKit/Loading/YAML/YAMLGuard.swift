import Yams

/// Cheap checks that keep hostile YAML from crashing or stalling the reader.
enum YAMLGuard {
    /// An estimate of nesting read off the text, before Yams composes it: open indentation levels,
    /// compact `- ` / `? ` indicators, and flow brackets. Quoted text and comments are skipped.
    static func check(_ yaml: YAMLSource) -> Diagnostic? {
        var text = yaml.yaml
        let limit = yaml.limits.maxDepth
        let found: (line: Int, column: Int)? = text.withUTF8 { bytes in
            let space = UInt8(ascii: " ")
            var indents: [Int] = []
            var flowDepth = 0
            var lineNumber = 0
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                lineNumber += 1
                var i = lineStart
                while i < lineEnd, bytes[i] == space { i += 1 }
                guard i < lineEnd, bytes[i] != UInt8(ascii: "#"), bytes[i] != UInt8(ascii: "\r") else { continue }
                if flowDepth == 0 {
                    let indent = i - lineStart
                    while let top = indents.last, top >= indent { indents.removeLast() }
                    indents.append(indent)
                }
                var compact = 0
                while i + 1 < lineEnd, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "?"), bytes[i + 1] == space {
                    compact += 1
                    i += 2
                    while i < lineEnd, bytes[i] == space { i += 1 }
                }
                var quote: UInt8 = 0
                var previous = space
                while i < lineEnd {
                    let byte = bytes[i]
                    i += 1
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == UInt8(ascii: "#"), previous == space {
                        break
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"),
                              previous == space || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ",") {
                        quote = byte
                    } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                        flowDepth += 1
                    } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                        flowDepth = max(0, flowDepth - 1)
                    }
                    previous = byte
                    if indents.count + compact + flowDepth > limit { return (lineNumber, i - lineStart) }
                }
                if indents.count + compact + flowDepth > limit { return (lineNumber, max(1, i - lineStart)) }
            }
            return nil
        }
        return found.map { tooDeep(yaml, line: $0.line, column: $0.column) }
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
    /// On the way, refuses explicit tags (`!!binary`, `!!int "3"`, `!custom`): ocop's files hold
    /// text, numbers, lists and mappings, and a tag would only change how a value is read.
    static func checkComposed(_ root: Node, in yaml: YAMLSource) -> [Diagnostic] {
        var budget = yaml.limits.maxNodes
        // Each top-level entry is walked in turn, so the finding names the field that grew.
        var stack: [Node] = []
        var entries: [(key: Node?, value: Node)] = []
        if case .mapping(let mapping) = root { entries = mapping.map { ($0.key, $0.value) } } else { entries = [(nil, root)] }
        var tagged: [Diagnostic] = []
        var seen: Set<SourcePosition> = []
        func refuseTag(of node: Node) {
            guard let tag = explicitTag(of: node), seen.insert(yaml.position(node.mark)).inserted else { return }
            tagged.append(yaml.diagnostic(
                .error, "yaml.tag", "YAML tag '\(tag)' is not allowed", at: node.mark,
                notes: ["remove the tag and write the value as it should read, e.g. stars: 3 or name: \"Mắm tôm\""]))
        }
        if case .mapping = root { refuseTag(of: root) }
        var entry = -1
        while true {
            guard let node = stack.popLast() else {
                entry += 1
                guard entry < entries.count else { break }
                if let key = entries[entry].key { stack.append(key) }
                stack.append(entries[entry].value)
                continue
            }
            budget -= 1
            if budget < 0 {
                let key = entries[entry].key
                let at = key?.string.map { " at '\($0)'" } ?? ""
                return [yaml.diagnostic(
                    .error, "yaml.too-large",
                    "YAML expands to more than \(yaml.limits.maxNodes) values\(at)",
                    at: key?.mark ?? node.mark,
                    notes: ["anchors and aliases (&name, *name) that repeat lists of aliases grow exponentially; write the values out",
                            "a page's front matter holds a few dozen values, site.yml and scoring-models.yml a few hundred"])]
            }
            refuseTag(of: node)
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return tagged
    }

    /// The tag written on a node, as written (`!!binary`), unless it is the plain kind it has anyway.
    private static func explicitTag(of node: Node) -> String? {
        let name = node.tag.description
        guard ![Tag.Name.str.rawValue, Tag.Name.seq.rawValue, Tag.Name.map.rawValue].contains(name) else { return nil }
        let prefix = "tag:yaml.org,2002:"
        return name.hasPrefix(prefix) ? "!!" + name.dropFirst(prefix.count) : name
    }
}
