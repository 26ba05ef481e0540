/// A value read from a source file, with where it was written, so later stages can point at it.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    /// Position of the value.
    public var position: SourcePosition
    /// Position of the key that introduced it (the same as `position` for list items).
    public var keyPosition: SourcePosition

    public init(_ value: Value, at position: SourcePosition, key: SourcePosition? = nil) {
        self.value = value
        self.position = position
        self.keyPosition = key ?? position
    }

    public func map<T>(_ transform: (Value) -> T) -> Located<T> {
        Located<T>(transform(value), at: position, key: keyPosition)
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
