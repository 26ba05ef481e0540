import Testing
@testable import Templating

/// `TemplateObject` replaces a dictionary: whatever is set, replaced or removed, in any
/// order, it must answer exactly as a dictionary would, scanned or indexed.
@Suite struct TemplateObjectTests {
    /// A deterministic walk of sets, replacements and removals over a pool of names that is
    /// larger than `indexedFrom`, so objects cross the index threshold both ways.
    @Test(arguments: [1, 2, 3, 4, 5])
    func answersLikeADictionaryThroughAnyEdits(seed: UInt64) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let names = (0..<60).map { TemplateKey("k\($0)" + String(repeating: "é", count: $0 % 5)) }
        var object = TemplateObject()
        var reference: [TemplateKey: TemplateValue] = [:]
        var copies: [(TemplateObject, [TemplateKey: TemplateValue])] = []
        for step in 0..<2_000 {
            let key = names[next(names.count)]
            if next(4) == 0 {
                object[key] = nil
                reference[key] = nil
            } else {
                object[key] = .integer(step)
                reference[key] = .integer(step)
            }
            if step % 97 == 0 { copies.append((object, reference)) }
            #expect(object.count == reference.count)
        }
        for name in names { #expect(object[name] == reference[name], "\(name)") }
        #expect(object[TemplateKey("absent")] == nil)
        #expect(Set(object.map(\.key)) == Set(reference.keys))
        // Copies taken along the way kept the members they had then.
        for (copy, expected) in copies {
            #expect(copy.count == expected.count)
            for name in names { #expect(copy[name] == expected[name]) }
        }
    }

    @Test func keepsTheOrderMembersWereAddedInAndTheLastOfDuplicates() {
        let object: TemplateObject = ["b": 1, "a": 2, "c": 3, "a": 4]
        #expect(object.map(\.key.text) == ["b", "a", "c"])
        #expect(object["a"] == 4)
        #expect(Array(object.values) == [1, 4, 3])
    }

    @Test func equalityIgnoresOrder() {
        let a: TemplateObject = ["x": 1, "y": ["z": "w"]]
        let b: TemplateObject = ["y": ["z": "w"], "x": 1]
        #expect(a == b)
        #expect(a != ["x": 1, "y": ["z": "v"]])
        #expect(a != ["x": 1])
        #expect(TemplateObject() == [:])
    }

    @Test func aCopyIsIndependentAndAnUnsharedObjectChangesInPlace() {
        var original: TemplateObject = ["name": "Mắm", "stars": 4]
        original.reserveCapacity(8)
        // Weak, so that the test itself does not make the storage look shared.
        weak var storage = original.storage
        #expect(storage != nil)
        original["price"] = 1.5
        // Uniquely held: set in place, no copy.
        #expect(storage != nil && original.storage === storage)
        var copy = original
        copy["name"] = "Khô"
        copy["stars"] = nil
        #expect(original == ["name": "Mắm", "stars": 4, "price": 1.5])
        #expect(copy == ["name": "Khô", "price": 1.5])
        #expect(storage != nil && original.storage === storage)
        #expect(copy.storage !== original.storage)
    }

    @Test func mergingAndMappingKeepEveryMember() {
        let base: TemplateObject = ["a": 1, "b": 2]
        let merged = base.merging(["b": 20, "c": 30]) { old, new in new }
        #expect(merged == ["a": 1, "b": 20, "c": 30])
        #expect(base.merging(["b": 20]) { old, _ in old } == base)
        let doubled = merged.mapValues { value in
            guard case .integer(let n) = value else { return value }
            return .integer(n * 2)
        }
        #expect(doubled == ["a": 2, "b": 40, "c": 60])
    }
}
