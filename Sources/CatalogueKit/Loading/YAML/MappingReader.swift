/// Typed, positioned reading of one YAML mapping, reporting what is wrong instead of throwing.
///
/// Every key is checked against the allowed set (unknown keys get a "did you mean"),
/// duplicates are reported, and each accessor records a type error or a missing field.
public struct MappingReader {
    public let yaml: YAMLSource
    public let collector: DiagnosticCollector
    /// Dotted path of this mapping, for messages: "" for the root, "certificate", "contact".
    public let path: String
    public let mark: YAMLMark?
    /// Only allowed keys get in, so there are a dozen at most: a list searched in order costs
    /// less than hashing every name (this runs for every mapping of every page).
    private var entries = SmallMap<(key: YAMLNode, value: YAMLNode)>()

    /// Reads `node` as a mapping; records `field.type` and returns nil when it is something else.
    public init?(_ node: YAMLNode, yaml: YAMLSource, collector: DiagnosticCollector, path: String, allowed: [String]) {
        guard case .mapping(let mapping) = node else {
            collector.add(yaml.diagnostic(.error, "field.type", "\(path.isEmpty ? yaml.documentName : "'\(path)'") must be a mapping of fields, found \(YAMLDescription.kind(of: node))", at: node.mark))
            return nil
        }
        self.yaml = yaml
        self.collector = collector
        self.path = path
        self.mark = node.mark
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                collector.add(yaml.diagnostic(.error, "field.type", "a key must be a plain name, found \(YAMLDescription.kind(of: keyNode))", at: keyNode.mark))
                continue
            }
            let key = scalar.string
            if let earlier = entries[key] {
                let first = yaml.position(earlier.key.mark)
                collector.add(yaml.diagnostic(.error, "field.duplicate", "'\(qualified(key))' is given twice", at: keyNode.mark,
                                              notes: ["first given at line \(first.line), column \(first.column); remove one of them"]))
                continue
            }
            guard allowed.contains(key) else {
                var notes = ["allowed here: " + allowed.joined(separator: ", ")]
                if let guess = Suggestion.closest(to: key, in: allowed) { notes.insert("did you mean '\(guess)'?", at: 0) }
                collector.add(yaml.diagnostic(.error, "field.unknown", "unknown field '\(qualified(key))'", at: keyNode.mark, notes: notes))
                continue
            }
            _ = entries.insert(key, (keyNode, value))
        }
    }

    public func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    public func has(_ key: String) -> Bool { entries[key] != nil }

    /// The raw value node, treating an explicit null (`key:` or `key: null`) as absent.
    public func node(_ key: String) -> YAMLNode? {
        guard let value = entries[key]?.value else { return nil }
        if case .scalar(let s) = value, s.style == .plain, YAMLDescription.isNull(s.string) { return nil }
        return value
    }

    public func keyPosition(_ key: String) -> SourcePosition? { entries[key].map { yaml.position($0.key.mark) } }

    /// Records a missing required field at the mapping itself.
    public func missing(_ key: String, hint: String? = nil) {
        let message = entries[key] == nil ? "missing required field '\(qualified(key))'" : "required field '\(qualified(key))' is empty"
        let at = entries[key]?.key.mark ?? mark
        collector.add(yaml.diagnostic(.error, "field.missing", message, at: at, notes: hint.map { [$0] } ?? []))
    }

    func located<T>(_ value: T, _ key: String, _ node: YAMLNode) -> Located<T> {
        Located(value, at: yaml.position(node.mark), key: keyPosition(key))
    }

    func typeError(_ key: String, expected: String, found node: YAMLNode, notes: [String] = []) {
        collector.add(yaml.diagnostic(.error, "field.type", "'\(qualified(key))' must be \(expected), found \(YAMLDescription.kind(of: node))", at: node.mark, notes: notes))
    }

    func invalid(_ key: String, _ message: String, at node: YAMLNode, notes: [String] = []) {
        collector.add(yaml.diagnostic(.error, "field.invalid", message, at: node.mark, notes: notes))
    }
}
