/// A map from a few names to values, kept as a list: for a dozen short keys a linear search
/// beats hashing each one. Past `linearLimit` names it hashes, so hostile input stays linear.
struct SmallMap<Value> {
    private static var linearLimit: Int { 16 }
    private var names: [String] = []
    private var values: [Value] = []
    private var index: [String: Int]?

    private func position(of name: String) -> Int? {
        if let index { return index[name] }
        return names.firstIndex(of: name)
    }

    subscript(name: String) -> Value? { position(of: name).map { values[$0] } }

    /// Adds `name` with `value` unless `name` is there already; false when it was.
    mutating func insert(_ name: String, _ value: Value) -> Bool {
        guard position(of: name) == nil else { return false }
        names.append(name)
        values.append(value)
        if index != nil {
            index?[name] = names.count - 1
        } else if names.count > Self.linearLimit {
            index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        }
        return true
    }
}
