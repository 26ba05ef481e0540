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
    /// The keys this mapping may hold; only they are looked up, so there are a dozen at most, and
    /// a search in order costs less than hashing (this runs for every mapping of every page).
    private let allowed: [String]
    private let pairs: [(key: YAMLNode, value: YAMLNode)]
    /// For each allowed key, the index of its pair, or -1. Indices rather than copies of the
    /// nodes: each copy retains every string in it.
    private var slots: [Int]

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
        self.allowed = allowed
        self.pairs = mapping.pairs
        self.slots = Array(repeating: -1, count: allowed.count)
        for (index, (keyNode, _)) in mapping.pairs.enumerated() {
            guard case .scalar(let scalar) = keyNode else {
                collector.add(yaml.diagnostic(.error, "field.type", "a key must be a plain name, found \(YAMLDescription.kind(of: keyNode))", at: keyNode.mark))
                continue
            }
            let key = scalar.string
            guard let slot = allowed.firstIndex(of: key) else {
                var notes = ["allowed here: " + allowed.joined(separator: ", ")]
                if let guess = Suggestion.closest(to: key, in: allowed) { notes.insert("did you mean '\(guess)'?", at: 0) }
                collector.add(yaml.diagnostic(.error, "field.unknown", "unknown field '\(qualified(key))'", at: keyNode.mark, notes: notes))
                continue
            }
            if slots[slot] >= 0 {
                let first = yaml.position(mapping.pairs[slots[slot]].key.mark)
                collector.add(yaml.diagnostic(.error, "field.duplicate", "'\(qualified(key))' is given twice", at: keyNode.mark,
                                              notes: ["first given at line \(first.line), column \(first.column); remove one of them"]))
                continue
            }
            slots[slot] = index
        }
    }

    /// The pair of an allowed key that the mapping holds.
    private func entry(_ key: String) -> (key: YAMLNode, value: YAMLNode)? {
        guard let slot = allowed.firstIndex(of: key), slots[slot] >= 0 else { return nil }
        return pairs[slots[slot]]
    }

    public func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    public func has(_ key: String) -> Bool { entry(key) != nil }

    /// The raw value node, treating an explicit null (`key:` or `key: null`) as absent.
    public func node(_ key: String) -> YAMLNode? {
        guard let value = entry(key)?.value else { return nil }
        if case .scalar(let s) = value, s.style == .plain, YAMLDescription.isNull(s.string) { return nil }
        return value
    }

    public func keyPosition(_ key: String) -> SourcePosition? { entry(key).map { yaml.position($0.key.mark) } }

    /// Records a missing required field at the mapping itself.
    public func missing(_ key: String, hint: String? = nil) {
        let given = entry(key)
        let message = given == nil ? "missing required field '\(qualified(key))'" : "required field '\(qualified(key))' is empty"
        let at = given?.key.mark ?? mark
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
