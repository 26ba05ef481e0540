import Testing
@testable import Templating

/// Object keys carry a digest worked out once; lookups must still behave exactly like
/// `String` keys: equal texts meet, different texts never do, whatever their length.
@Suite struct TemplateKeyTests {
    /// Names of every length around the digest's 8-byte words, with the same prefix, and
    /// names that differ only in their last byte or in a multi-byte scalar.
    static let names: [String] = {
        var names = [""]
        for length in 1...25 { names.append(String(repeating: "a", count: length)) }
        for length in 1...25 { names.append(String(repeating: "a", count: length - 1) + "b") }
        names += ["stars", "stars_full", "stars_empty", "huyện", "huyen", "Cà Mau", "Ca Mau", "ừ", "ư", "a\u{0}", "a\u{0}\u{0}", "b", "c"]
        // Same bytes, zero-padded to the next word: "a" and "a\0…\0" must not meet.
        for pad in 1...9 { names.append("a" + String(repeating: "\u{0}", count: pad)) }
        return names
    }()

    @Test func equalTextsMakeEqualKeysAndDifferentTextsDifferentOnes() {
        for a in Self.names {
            for b in Self.names {
                #expect((TemplateKey(a) == TemplateKey(b)) == (a == b), "\(a.debugDescription) vs \(b.debugDescription)")
            }
        }
    }

    /// A digest that ignored some bytes (the tail after the last full word, say) would make
    /// whole families of names collide; these must all differ.
    @Test func digestsOfDistinctNamesDiffer() {
        var generated = Self.names
        for index in 0..<5_000 { generated.append("product_\(index)") }
        for index in 0..<2_000 { generated.append("x\(index)y") }
        var seen: [UInt64: String] = [:]
        for name in Set(generated) {
            let digest = TemplateKey(name).digest
            if let other = seen[digest] { Issue.record("\(name.debugDescription) and \(other.debugDescription) collide") }
            seen[digest] = name
        }
        #expect(seen.count == Set(generated).count)
    }

    @Test func aKeyFromALiteralIsTheKeyOfItsText() {
        let literal: TemplateKey = "product_set"
        #expect(literal == TemplateKey("product_set"))
        #expect(literal.digest == TemplateKey.digest(of: "product_set"))
        #expect(literal.description == "product_set")
        #expect(literal.withOwnStorage == literal)
    }

    /// An object with many keys, filled and read through dictionary literals, subscripts and
    /// a dotted name in a template: every key finds its own value.
    @Test func objectsWithManyKeysFindEachValue() throws {
        var members: TemplateObject = [:]
        for index in 0..<3_000 { members[TemplateKey("k\(index)")] = .integer(index) }
        for index in stride(from: 0, to: 3_000, by: 7) {
            #expect(members[TemplateKey("k\(index)")] == .integer(index))
        }
        #expect(members["k3000"] == nil)
        let data: TemplateValue = ["outer": .object(members), "k5": "top"]
        let library = try TemplateLibrary(sources: ["page": "{{outer.k2999}} {{k5}} {{#outer}}{{k5}}{{/outer}} {{outer.k}}"])
        #expect(try library.render("page", data) == "2999 top 5 ")
    }
}
