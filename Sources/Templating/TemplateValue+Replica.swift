extension TemplateValue {
    /// A deep copy that shares no storage with this value, strings and keys included, for a
    /// thread that reads it on every page (see `TemplateLibrary.replica`). Shared values stay
    /// shared: their point is to be one object that every render reaches.
    public func replica() -> TemplateValue {
        switch self {
        case .string(let text):
            .string(text.withOwnStorage)
        case .list(let items):
            .list(items.map { $0.replica() })
        case .object(let members):
            .object(TemplateObject(members.map { ($0.key.withOwnStorage, $0.value.replica()) }))
        case .integer, .decimal, .bool, .null, .shared:
            self
        }
    }
}
