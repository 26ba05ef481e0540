/// Where a finding points: a path relative to the project root and a position in it.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    public var path: String
    public var position: SourcePosition

    public init(path: String, position: SourcePosition = .start) {
        self.path = path
        self.position = position
    }

    public init(path: String, line: Int, column: Int) {
        self.init(path: path, position: SourcePosition(line: line, column: column))
    }

    public var line: Int { position.line }
    public var column: Int { position.column }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.position) < (rhs.path, rhs.position)
    }
}
