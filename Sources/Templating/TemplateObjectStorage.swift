/// The members of a `TemplateObject` and what finds them, in one allocation: a header, then
/// the key–value pairs. Changed only while uniquely referenced (`TemplateObject` copies it
/// first otherwise), so sharing it between threads is safe. `ManagedBuffer` is never
/// `Sendable`, so `TemplateObject` holds it `nonisolated(unsafe)`.
final class TemplateObjectStorage: ManagedBuffer<TemplateObjectStorage.Header, TemplateObjectStorage.Member> {
    /// A struct, not the `(key:value:)` tuple the object yields: tuples are copied and
    /// destroyed through generic runtime calls, a struct through code made for it.
    struct Member {
        let key: TemplateKey
        var value: TemplateValue
    }

    struct Header {
        var count = 0
        /// Kept here: `ManagedBuffer.capacity` asks the allocator every time.
        var capacity = 0
        /// One bit per key, picked by its digest: most lookups in a page's context stack
        /// miss most objects, and this answers a miss without a scan.
        var filter: UInt64 = 0
        /// Position of each key, for objects large enough that a scan would be slow.
        var index: [TemplateKey: Int]?
    }

    /// Empty storage for `capacity` members holding a copy of `source`'s.
    static func make(capacity: Int, copying source: TemplateObjectStorage?) -> TemplateObjectStorage {
        let made = unsafeDowncast(create(minimumCapacity: capacity) { _ in Header() }, to: TemplateObjectStorage.self)
        let room = made.capacity
        made.withUnsafeMutablePointers { header, members in
            if let source {
                source.withUnsafeMutablePointers { sourceHeader, sourceMembers in
                    members.initialize(from: sourceMembers, count: sourceHeader.pointee.count)
                    header.pointee = sourceHeader.pointee
                }
            }
            header.pointee.capacity = room
        }
        return made
    }

    deinit {
        _ = withUnsafeMutablePointers { header, members in members.deinitialize(count: header.pointee.count) }
    }

    func member(at position: Int) -> TemplateObject.Element {
        withUnsafeMutablePointerToElements { (key: $0[position].key, value: $0[position].value) }
    }

    func position(of key: TemplateKey) -> Int? {
        withUnsafeMutablePointers { header, members in
            guard header.pointee.filter & Self.bit(key) != 0 else { return nil }
            if let index = header.pointee.index { return index[key] }
            for position in 0..<header.pointee.count
            where members[position].key.digest == key.digest && members[position].key.text == key.text {
                return position
            }
            return nil
        }
    }

    /// The caller makes sure there is room.
    func append(_ key: TemplateKey, _ value: TemplateValue) {
        withUnsafeMutablePointers { header, members in
            let position = header.pointee.count
            (members + position).initialize(to: Member(key: key, value: value))
            header.pointee.count += 1
            header.pointee.filter |= Self.bit(key)
            if header.pointee.index != nil {
                header.pointee.index![key] = position
            } else if header.pointee.count >= TemplateObject.indexedFrom {
                Self.rebuildIndex(header, members)
            }
        }
    }

    func replace(at position: Int, with value: TemplateValue) {
        withUnsafeMutablePointerToElements { $0[position].value = value }
    }

    func remove(at position: Int) {
        withUnsafeMutablePointers { header, members in
            let count = header.pointee.count
            (members + position).deinitialize(count: 1)
            (members + position).moveInitialize(from: members + position + 1, count: count - position - 1)
            header.pointee.count = count - 1
            header.pointee.filter = 0
            for position in 0..<(count - 1) { header.pointee.filter |= Self.bit(members[position].key) }
            Self.rebuildIndex(header, members)
        }
    }

    private static func bit(_ key: TemplateKey) -> UInt64 { 1 << (key.digest >> 58) }

    private static func rebuildIndex(_ header: UnsafeMutablePointer<Header>, _ members: UnsafeMutablePointer<Member>) {
        let count = header.pointee.count
        guard count >= TemplateObject.indexedFrom else {
            header.pointee.index = nil
            return
        }
        var index: [TemplateKey: Int] = [:]
        index.reserveCapacity(count)
        for position in 0..<count { index[members[position].key] = position }
        header.pointee.index = index
    }
}
