/// A key of a `TemplateValue.object`: a string with its hash worked out once.
///
/// Rendering a page looks names up in objects several thousand times, and a `String` key
/// is hashed again (SipHash) at every lookup. A tag's name is made into keys once, when
/// the template is parsed, so a lookup costs one multiply-and-shift mix of the stored hash.
public struct TemplateKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let text: String
    /// A digest of `text`'s UTF-8 bytes. It is the same in every process, so the table's
    /// per-instance seed is mixed in at each lookup to keep probing orders apart.
    @usableFromInline let digest: UInt64

    public init(_ text: String) {
        self.text = text
        digest = Self.digest(of: text)
    }

    public init(stringLiteral text: String) { self.init(text) }

    public var description: String { text }

    @inlinable public static func == (a: TemplateKey, b: TemplateKey) -> Bool {
        a.digest == b.digest && a.text == b.text
    }

    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// What `Dictionary` calls to place and find a key; the default feeds `hash(into:)`
    /// through a full SipHash every time, which is the cost this type exists to avoid.
    @inlinable public func _rawHashValue(seed: Int) -> Int {
        Int(truncatingIfNeeded: Self.mix(digest ^ UInt64(truncatingIfNeeded: seed)))
    }

    /// A copy that shares no storage with this key (see `TemplateValue.replica`).
    var withOwnStorage: TemplateKey { TemplateKey(text.withOwnStorage, digest: digest) }

    private init(_ text: String, digest: UInt64) {
        self.text = text
        self.digest = digest
    }

    /// Eight bytes at a time, each word multiplied in and folded, then a final mix: keys
    /// are short names, and a table only needs the low bits to be well spread.
    static func digest(of text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
            let raw = UnsafeRawBufferPointer(bytes)
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                offset += 8
            }
            // The last word holds the remaining 0–7 bytes and, in its top byte, the length:
            // without it "b" and "a\0" would fill the same word.
            var last = UInt64(truncatingIfNeeded: raw.count) << 56
            var shift: UInt64 = 0
            while offset < raw.count {
                last |= UInt64(raw[offset]) << shift
                shift += 8
                offset += 1
            }
            return mix((hash ^ last) &* 0xFF51_AFD7_ED55_8CCD)
        }
    }

    /// MurmurHash3's 64-bit finaliser: every input bit reaches every output bit.
    @inlinable static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
