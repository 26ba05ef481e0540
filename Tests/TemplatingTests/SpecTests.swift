import Testing
@testable import Templating

/// Every case of the official Mustache spec (v1.4.2 data, copied into Fixtures/spec
/// with its LICENSE), the optional inheritance and dynamic-names modules included.
@Suite struct SpecTests {
    @Test(arguments: SpecCase.all)
    func specCase(_ spec: SpecCase) throws {
        guard SpecCase.skipped[spec.key] == nil else { return }
        #expect(try spec.render() == spec.expected, "\(spec.testDescription)")
    }

    @Test func allCasesPassWithSummary() {
        var passed = 0
        var failed: [String] = []
        for spec in SpecCase.all where SpecCase.skipped[spec.key] == nil {
            if (try? spec.render()) == spec.expected {
                passed += 1
            } else {
                failed.append(spec.testDescription)
            }
        }
        print("mustache spec: \(passed) passed, \(failed.count) failed, \(SpecCase.skipped.count) skipped")
        for (key, reason) in SpecCase.skipped.sorted(by: { $0.key < $1.key }) {
            print("  skipped \(key): \(reason)")
        }
        #expect(SpecCase.all.count == 184)
        #expect(failed.isEmpty, "failed: \(failed)")
        #expect(passed + SpecCase.skipped.count == 184)
    }
}
