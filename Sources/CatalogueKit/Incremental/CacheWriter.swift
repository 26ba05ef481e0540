/// Appends values to a compact binary buffer for the build cache.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// Goes on after bytes written earlier.
    init(bytes: [UInt8], reserving extra: Int) {
        self.bytes = bytes
        self.bytes.reserveCapacity(bytes.count + extra)
    }

    mutating func uint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ value: Int) { uint(UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)) }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func double(_ value: Double) { fixed(value.bitPattern) }

    mutating func fixed(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A block of bytes with a four-byte length in front, so a reader can skip or split at it.
    mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }

    mutating func record(_ record: ArraySlice<UInt8>) {
        withUnsafeBytes(of: UInt32(record.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: record)
    }

    mutating func string(_ value: String) {
        let utf8 = value.utf8
        uint(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func string(_ value: String?) { optional(value) { $0.string($1) } }

    mutating func array<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        uint(UInt64(values.count))
        for value in values { write(&self, value) }
    }
}
