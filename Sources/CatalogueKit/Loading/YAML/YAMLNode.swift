import Yams

/// A YAML value as the readers see it: scalars with their style, mappings and sequences, each
/// with the position where it starts. Made by the fast reader for ordinary front matter, or
/// converted from Yams for everything else, so both paths feed the same decoders.
public enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    public struct Scalar: Sendable, Equatable {
        public enum Style: Sendable, Equatable {
            case plain
            /// Quoted, or a block scalar: text that is never a number or null.
            case quoted
        }

        public var string: String
        public var style: Style
        public var mark: YAMLMark?
    }

    public struct Mapping: Swift.Sequence, Sendable {
        public var pairs: [(key: YAMLNode, value: YAMLNode)]
        public var mark: YAMLMark?

        public func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> { pairs.makeIterator() }
    }

    public struct Sequence: Swift.Sequence, Sendable {
        public var items: [YAMLNode]
        public var mark: YAMLMark?

        public func makeIterator() -> IndexingIterator<[YAMLNode]> { items.makeIterator() }
    }

    public var mark: YAMLMark? {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(let m): m.mark
        case .sequence(let s): s.mark
        }
    }

    /// The text of a scalar; nil for collections.
    public var string: String? {
        if case .scalar(let s) = self { return s.string }
        return nil
    }

    /// The same tree, from what Yams composed (aliases already expanded by Yams, and bounded by
    /// `YAMLGuard` before this runs).
    init(_ node: Node) {
        switch node {
        case .scalar(let s):
            self = .scalar(Scalar(string: s.string, style: s.style == .plain ? .plain : .quoted, mark: s.mark.map(YAMLMark.init)))
        case .mapping(let m):
            self = .mapping(Mapping(pairs: m.map { (YAMLNode($0.key), YAMLNode($0.value)) }, mark: m.mark.map(YAMLMark.init)))
        case .sequence(let s):
            self = .sequence(Sequence(items: s.map(YAMLNode.init), mark: s.mark.map(YAMLMark.init)))
        case .alias(let a):
            self = .scalar(Scalar(string: "*" + a.anchor.rawValue, style: .quoted, mark: a.mark.map(YAMLMark.init)))
        }
    }
}

/// A 1-based line and column (in Unicode scalars) inside the YAML text, as libyaml counts them.
public struct YAMLMark: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) { self.init(line: mark.line, column: mark.column) }
}
