/// Holds the fast reader to Yams: for fuzzing and tests, which must find any document the two
/// read differently.
public enum YAMLCrossCheck {
    /// Nil when the fast reader declines the text, or reads it exactly as Yams does; otherwise
    /// both readings.
    public static func disagreement(_ yaml: String) -> String? {
        let source = YAMLSource(source: SourceText(path: "check.yml", text: yaml), yaml: yaml, firstLine: 1)
        guard let fast = SimpleYAML.parse(yaml) else { return nil }
        // Unguarded, as the fast reader is: what it accepts nests only a few levels deep.
        let reference = source.composeWithYams(into: DiagnosticCollector(), guarded: true)
        let a = describe(fast), b = describe(reference)
        return a == b ? nil : "fast reader: \(a)\nYams: \(b)"
    }

    /// A tree as text: values, styles and positions.
    static func describe(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        let at = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
        switch node {
        case .scalar(let s): return "\(s.style == .plain ? "plain" : "quoted")(\(s.string.debugDescription))\(at)"
        case .mapping(let m): return "{\(m.pairs.map { "\(describe($0.key)): \(describe($0.value))" }.joined(separator: ", "))}\(at)"
        case .sequence(let s): return "[\(s.items.map(describe).joined(separator: ", "))]\(at)"
        }
    }
}
