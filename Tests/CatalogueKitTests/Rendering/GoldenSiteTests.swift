import Foundation
import Testing
@testable import CatalogueKit

/// Each folder under Fixtures/sites/ is a small site built with the project's own templates;
/// `expected/` pins its whole output tree byte for byte. `UPDATE_GOLDENS=1` re-records it.
@Suite struct GoldenSiteTests {
    @Test(arguments: Fixtures.cases(in: "sites"))
    func buildsExactlyTheExpectedTree(_ name: String) throws {
        let source = Fixtures.root.appendingPathComponent("sites/\(name)")
        let site = try SiteBuild(source: source)
        defer { site.remove() }
        let result = site.build(asOf: "2026-11-29")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.map { DiagnosticFormatter.text($0) }.joined())")
        let actual = try Tree.read(site.output)
        let expectedFolder = source.appendingPathComponent("expected")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.removeItem(at: expectedFolder)
            try Tree.write(actual, to: expectedFolder)
            Issue.record("re-recorded \(expectedFolder.path); review the diff and run again without UPDATE_GOLDENS")
            return
        }
        let expected = try Tree.read(expectedFolder)
        #expect(actual.keys.sorted() == expected.keys.sorted(), "file lists differ")
        for path in expected.keys.sorted() {
            guard let a = actual[path], let e = expected[path], a != e else { continue }
            Issue.record("\(path): \(LineDiff.describe(expected: String(decoding: e, as: UTF8.self), actual: String(decoding: a, as: UTF8.self)))")
        }
    }
}
