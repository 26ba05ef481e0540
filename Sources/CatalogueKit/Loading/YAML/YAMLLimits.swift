/// Bounds on what a YAML text may cost to read. A page's front matter is a few dozen values;
/// these are far above that and far below what would exhaust the stack or memory.
public struct YAMLLimits: Sendable {
    /// Nesting of mappings and sequences.
    public var maxDepth = 64
    /// Values after aliases are expanded (an alias to a list of aliases multiplies).
    public var maxNodes = 20_000

    public init(maxDepth: Int = 64, maxNodes: Int = 20_000) {
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }
}
