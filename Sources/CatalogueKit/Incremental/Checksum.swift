/// A fast 64-bit checksum of a whole cache file, eight bytes at a time: it only has to notice
/// a damaged or truncated file, and it runs over tens of megabytes on every build.
enum Checksum {
    static func of(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        bytes.withUnsafeBytes { whole -> UInt64 in
            let raw = UnsafeRawBufferPointer(rebasing: whole[range])
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
            let words = raw.count / 8
            for i in 0..<words {
                let word = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 29
            }
            for i in (words * 8)..<raw.count {
                hash = (hash ^ UInt64(raw[i])) &* 0x94D0_49BB_1331_11EB
            }
            return hash ^ (hash >> 32)
        }
    }
}
