import Testing
@testable import CatalogueKit

/// The fingerprint decides which pages a build renders again: equal inputs must give equal
/// values whatever their storage, and the usual small changes must give different ones.
struct FingerprintTests {
    private func of(_ parts: [[UInt8]]) -> UInt64 {
        var f = Fingerprint()
        for part in parts { f.combine(part) }
        return f.value
    }

    @Test func theSameBytesHashTheSameWhateverTheirStorage() {
        let text = "Bánh phồng tôm Năm Căn, giòn và thơm."
        var a = Fingerprint(), b = Fingerprint(), c = Fingerprint(), d = Fingerprint()
        a.combine(text)
        b.combine(Array(text.utf8))
        c.combine(text.utf8)
        d.combine(text.utf8.lazy.map { $0 })  // not contiguous
        #expect(a.value == b.value && b.value == c.value && c.value == d.value)
    }

    @Test func splitsLengthsAndSingleBitsAllChangeTheValue() {
        #expect(of([Array("ab".utf8), Array("c".utf8)]) != of([Array("a".utf8), Array("bc".utf8)]))
        #expect(of([[]]) != of([[0]]))
        #expect(of([[0]]) != of([[0, 0]]))
        #expect(of([Array(repeating: 0, count: 8)]) != of([Array(repeating: 0, count: 16)]))
        let page = Array(String(repeating: "district: nam-can\nstars: 4\n", count: 40).utf8)
        var seen: Set<UInt64> = [of([page])]
        for index in stride(from: 0, to: page.count, by: 37) {
            for bit in 0..<8 {
                var changed = page
                changed[index] ^= 1 << bit
                #expect(seen.insert(of([changed])).inserted, "flipping bit \(bit) of byte \(index) collided")
            }
        }
        var n = Fingerprint(), m = Fingerprint()
        n.combine(1 as Int)
        m.combine(2 as Int)
        #expect(n.value != m.value)
    }
}
