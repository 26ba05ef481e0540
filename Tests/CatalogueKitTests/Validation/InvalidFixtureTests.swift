import Foundation
import Testing
@testable import CatalogueKit

/// Each folder under Fixtures/invalid/ is a site with deliberate mistakes; its `expected.txt`
/// pins every finding (path, line, column, severity, code) of `ocop check` on it.
@Suite struct InvalidFixtureTests {
    @Test(arguments: Fixtures.cases(in: "invalid"))
    func reportsExactlyTheExpectedDiagnostics(_ name: String) throws {
        let site = try Fixtures.site("invalid", name)
        defer { site.remove() }
        let result = site.check(asOf: "2026-11-29")
        let actual = result.summaryLines.joined(separator: "\n") + "\n"
        let golden = Fixtures.root.appendingPathComponent("invalid/\(name)/expected.txt")
        if let mismatch = Fixtures.compare(actual, golden: golden) {
            Issue.record("\(name): \(mismatch)\n\nfull output:\n\(result.diagnostics.sorted.map { DiagnosticFormatter.text($0) }.joined())")
        }
        #expect(!result.diagnostics.isEmpty, "an invalid fixture must produce findings")
    }
}
