/// A 64-bit hash of everything a piece of output depends on. Not cryptographic: it only has to
/// tell "same inputs" from "changed inputs" between two builds of one site.
///
/// Eight bytes at a time (a multiply and a shift per word, as in `Checksum`): every page's
/// bytes are hashed on every build, and a byte-at-a-time hash was a visible part of reading.
public struct Fingerprint: Sendable, Hashable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        // Any sequence hashes as its bytes laid out in order, whatever its storage.
        if bytes.withContiguousStorageIfAvailable({ combine(UnsafeRawBufferPointer($0)) }) == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { combine($0) }
        }
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    public mutating func combine(_ number: UInt64) {
        mix(number)
        finish(length: 8)
    }

    public mutating func combine(_ number: Int) { combine(UInt64(bitPattern: Int64(number))) }

    private mutating func combine(_ raw: UnsafeRawBufferPointer) {
        let words = raw.count / 8
        for i in 0..<words { mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))) }
        var tail: UInt64 = 0
        for i in (words * 8)..<raw.count { tail |= UInt64(raw[i]) << (8 * UInt64(i - words * 8)) }
        if raw.count % 8 != 0 { mix(tail) }
        finish(length: raw.count)
    }

    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0xBF58_476D_1CE4_E5B9
        value ^= value >> 29
    }

    /// The length closes each part, so ("ab", "c") and ("a", "bc") differ, as do "" and "\0".
    private mutating func finish(length: Int) {
        value = (value ^ UInt64(length) ^ 0xFF00_0000_0000_0000) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 32
    }

    public static func of(_ parts: String...) -> UInt64 {
        var f = Fingerprint()
        for part in parts { f.combine(part) }
        return f.value
    }
}
