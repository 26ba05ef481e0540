/// A value a template can see: the engine's whole data model.
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case decimal(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    case null
    /// Renders as its value; see `SharedValue`.
    case shared(SharedValue)

    /// The value itself, seen through any `shared` wrapper.
    public var unshared: TemplateValue {
        if case .shared(let box) = self { return box.value }
        return self
    }

    /// Equality of what the values render as: a shared value equals its value.
    public static func == (a: TemplateValue, b: TemplateValue) -> Bool {
        switch (a, b) {
        case (.shared(let x), .shared(let y)) where x === y: true
        case (.shared, _), (_, .shared): a.unshared == b.unshared
        case (.string(let x), .string(let y)): x == y
        case (.integer(let x), .integer(let y)): x == y
        case (.decimal(let x), .decimal(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        case (.object(let x), .object(let y)): x == y
        case (.null, .null): true
        default: false
        }
    }
}
