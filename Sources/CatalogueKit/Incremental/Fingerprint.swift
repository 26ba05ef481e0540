/// A 64-bit FNV-1a hash of everything a piece of output depends on. Not cryptographic: it only
/// has to tell "same inputs" from "changed inputs" between two builds of one site.
public struct Fingerprint: Sendable, Hashable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        value ^= 0xFF
        value &*= 0x0000_0100_0000_01B3
    }

    public mutating func combine(_ text: String) { combine(text.utf8) }

    public mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine($0) }
    }

    public mutating func combine(_ number: Int) { combine(UInt64(bitPattern: Int64(number))) }

    public static func of(_ parts: String...) -> UInt64 {
        var f = Fingerprint()
        for part in parts { f.combine(part) }
        return f.value
    }
}
