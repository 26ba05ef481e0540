/// The members of a `TemplateValue.object`, in the order they were added.
///
/// Most objects a site renders are small (a product card has 15 members, its district 3),
/// and there are tens of thousands of them. A `Dictionary` sizes its table to a power of two
/// at most three-quarters full: a card's 15 members took 32 slots, and all the cards of
/// 10,000 products 32 MB. Here members sit side by side in one allocation, found by a
/// bit filter and then by comparing stored digests in order; objects of `indexedFrom`
/// members or more also get a hash index. One reference wide, like a dictionary, so reading
/// an object out of a value costs one retain.
public struct TemplateObject: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: TemplateKey, value: TemplateValue)

    /// `nil` while empty: an empty object allocates nothing.
    private(set) nonisolated(unsafe) var storage: TemplateObjectStorage?

    /// A scan of this many digests costs about what one hash lookup does.
    static let indexedFrom = 24

    public init() {}

    /// Duplicate keys keep the last value, like JSON decoders usually do.
    public init(dictionaryLiteral elements: (TemplateKey, TemplateValue)...) {
        self.init(elements)
    }

    /// Duplicate keys keep the last value.
    public init(_ elements: some Sequence<(TemplateKey, TemplateValue)>) {
        reserveCapacity(elements.underestimatedCount)
        for (key, value) in elements { self[key] = value }
    }

    public var count: Int { storage?.header.count ?? 0 }
    public var isEmpty: Bool { count == 0 }

    public var values: some Sequence<TemplateValue> {
        (0..<count).lazy.map { storage!.member(at: $0).value }
    }

    public mutating func reserveCapacity(_ capacity: Int) {
        guard capacity > (storage?.header.capacity ?? 0) else { return }
        storage = TemplateObjectStorage.make(capacity: capacity, copying: storage)
    }

    public subscript(key: TemplateKey) -> TemplateValue? {
        get {
            guard let storage, let position = storage.position(of: key) else { return nil }
            return storage.member(at: position).value
        }
        set {
            if let position = storage?.position(of: key) {
                makeUnique()
                if let newValue {
                    storage!.replace(at: position, with: newValue)
                } else {
                    storage!.remove(at: position)
                }
            } else if let newValue {
                if count == (storage?.header.capacity ?? 0) {
                    reserveCapacity(Swift.max(4, count * 2))
                } else {
                    makeUnique()
                }
                storage!.append(key, newValue)
            }
        }
    }

    /// Copy-on-write: shared storage is copied before it changes.
    private mutating func makeUnique() {
        // Checked before anything else holds a reference, which would make it look shared.
        guard !isKnownUniquelyReferenced(&storage), let shared = storage else { return }
        storage = TemplateObjectStorage.make(capacity: shared.header.capacity, copying: shared)
    }

    /// This object's members with `other`'s added; `combine` picks the value of a key in both.
    public func merging(_ other: TemplateObject, uniquingKeysWith combine: (TemplateValue, TemplateValue) -> TemplateValue) -> TemplateObject {
        var merged = self
        merged.reserveCapacity(count + other.count)
        for (key, value) in other { merged[key] = merged[key].map { combine($0, value) } ?? value }
        return merged
    }

    public func mapValues(_ transform: (TemplateValue) throws -> TemplateValue) rethrows -> TemplateObject {
        var mapped = TemplateObject()
        mapped.reserveCapacity(count)
        for (key, value) in self { mapped[key] = try transform(value) }
        return mapped
    }

    public func makeIterator() -> Iterator { Iterator(storage: storage, count: count) }

    public struct Iterator: IteratorProtocol {
        let storage: TemplateObjectStorage?
        let count: Int
        var position = 0

        public mutating func next() -> Element? {
            guard position < count else { return nil }
            defer { position += 1 }
            return storage!.member(at: position)
        }
    }

    public var underestimatedCount: Int { count }

    /// Equal when both have the same members, in whatever order they were added.
    public static func == (a: TemplateObject, b: TemplateObject) -> Bool {
        guard a.count == b.count else { return false }
        if a.storage === b.storage { return true }
        for (key, value) in a {
            guard b[key] == value else { return false }
        }
        return true
    }
}
