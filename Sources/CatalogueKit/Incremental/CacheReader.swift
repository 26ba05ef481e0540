/// Reads what `CacheWriter` wrote. Any inconsistency throws, and the build then ignores the
/// cache: a damaged cache costs a full build, never a wrong site or a crash.
struct CacheReader {
    struct Corrupt: Error {}

    /// Borrowed from the buffer the caller keeps alive (`BuildCache.load`): the reader runs
    /// over every record of a national catalogue's cache on each small rebuild.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset: Int
    private let end: Int

    /// A reader confined to `range` of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { offset == end }

    /// Skips over a length-prefixed record and returns its byte range.
    mutating func record() throws(Corrupt) -> Range<Int> {
        let length = Int(try fixed32())
        guard length <= end - offset else { throw Corrupt() }
        defer { offset += length }
        return offset..<(offset + length)
    }

    private mutating func fixed32() throws(Corrupt) -> UInt32 {
        guard offset + 4 <= end else { throw Corrupt() }
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(bytes[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return value
    }

    mutating func uint() throws(Corrupt) -> UInt64 {
        var result: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Corrupt() }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws(Corrupt) -> Int {
        let raw = Int64(bitPattern: try uint())
        return Int((raw >> 1) ^ -(raw & 1))
    }

    mutating func count() throws(Corrupt) -> Int {
        let n = try uint()
        guard n <= UInt64(end - offset) + 1 else { throw Corrupt() }
        return Int(n)
    }

    mutating func bool() throws(Corrupt) -> Bool {
        guard offset < end, bytes[offset] <= 1 else { throw Corrupt() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func fixed() throws(Corrupt) -> UInt64 {
        guard offset + 8 <= end else { throw Corrupt() }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return value
    }

    mutating func double() throws(Corrupt) -> Double { Double(bitPattern: try fixed()) }

    mutating func string() throws(Corrupt) -> String {
        let n = try count()
        guard offset + n <= end else { throw Corrupt() }
        defer { offset += n }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + n)]), as: UTF8.self)
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws(Corrupt) -> T) throws(Corrupt) -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func optionalString() throws(Corrupt) -> String? { try optional { r throws(Corrupt) in try r.string() } }

    mutating func array<T>(_ read: (inout CacheReader) throws(Corrupt) -> T) throws(Corrupt) -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }
}
