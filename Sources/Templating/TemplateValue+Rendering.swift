extension TemplateValue {
    /// Mustache truthiness, as this engine defines it: only `false`, `.null` and the
    /// empty list are falsey (a missing name is falsey too, but never reaches here).
    /// `""`, `0` and `0.0` are truthy, as in Ruby's reference implementation.
    var isTruthy: Bool {
        switch self {
        case .bool(let flag): flag
        case .null: false
        case .list(let items): !items.isEmpty
        case .string, .integer, .decimal, .object: true
        case .shared(let box): box.value.isTruthy
        }
    }

    /// The text an interpolation tag prints, before any HTML escaping.
    /// Lists and objects print nothing: there is no single obvious text for them,
    /// and printing Swift's description would leak implementation details into pages.
    var interpolationText: String {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        case .decimal(let number): Self.format(number)
        case .bool(let flag): flag ? "true" : "false"
        case .list, .object, .null: ""
        case .shared(let box): box.value.interpolationText
        }
    }

    /// Shortest text that reads back as the same `Double`, without a trailing `.0`,
    /// so JSON's `85` and `85.0` print alike and `1.21` stays `1.21`.
    static func format(_ number: Double) -> String {
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
