import Foundation
import Testing
@testable import CatalogueKit

/// The malformed-input corpus: each case starts from a built, valid site, breaks one thing,
/// and builds again. A broken input must give its exact findings (code, file, line, column),
/// fail the build and leave `public/` byte for byte as it was; a hostile but valid input
/// builds, and no page may carry its markup live (see `InjectionTests` for the HTML check).
@Suite struct MalformedInputTests {
    static let all = MalformedCase.frontMatter + MalformedCase.markdown + MalformedCase.templates + MalformedCase.siteFiles + MalformedCase.paths

    static let options = BuildOptions(asOf: LocalDate(iso: "2026-11-29")!)

    /// The base site's `public/`, built once and written into each case's site before it breaks.
    static let baseOutput = Result<[String: Data], Error> {
        let site = try TemporarySite([BasePage.path: BasePage.text])
        defer { site.remove() }
        let result = Pipeline(project: site.project, options: options).build()
        guard !result.diagnostics.hasErrors else { throw CatalogueFixture.Failed(findings: result.diagnostics.summaryLines.joined(separator: "\n")) }
        return try Tree.read(site.root.appendingPathComponent("public"))
    }

    @Test func corpusHasAtLeastFortyCasesWithDistinctNames() {
        #expect(Self.all.count >= 40)
        #expect(Set(Self.all.map(\.name)).count == Self.all.count)
    }

    @Test(.timeLimit(.minutes(1)), arguments: all)
    func reportsEveryFindingAndLeavesTheSiteAsItWas(_ c: MalformedCase) throws {
        let site = try TemporarySite([BasePage.path: BasePage.text])
        defer { site.remove() }
        let pipeline = Pipeline(project: site.project, options: Self.options)
        let output = site.root.appendingPathComponent("public")
        let before = try Self.baseOutput.get()
        try Tree.write(before, to: output)

        try c.apply(to: site)
        let result = pipeline.build()
        let actual = result.diagnostics.summaryLines
        #expect(actual == c.expected, "\(c.name):\n\(actual.map { "\"\($0)\"" }.joined(separator: ",\n"))\n\(result.diagnostics.sorted.map { DiagnosticFormatter.text($0) }.joined())")
        if c.builds {
            #expect(!result.diagnostics.hasErrors)
            #expect(result.wrote)
        } else {
            #expect(result.diagnostics.hasErrors)
            #expect(!result.wrote)
            #expect(try Tree.read(output) == before, "public/ changed")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public.") && !$0.hasSuffix(".spare") }
            #expect(leftovers.isEmpty, "\(leftovers)")
        }
    }
}

extension MalformedCase {
    func apply(to site: TemporarySite) throws {
        let fm = FileManager.default
        for path in removed { try fm.removeItem(at: site.root.appendingPathComponent(path)) }
        for (path, bytes) in files { try site.write(path, Data(bytes)) }
        for (path, destination) in symlinks {
            let url = site.root.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
        }
    }
}

extension DiagnosticList {
    /// `path:line:col: severity [code]` for each finding, sorted: what the corpus pins.
    var summaryLines: [String] {
        sorted.map { d in
            let at = d.location.map { "\($0.path):\($0.line):\($0.column)" } ?? "-"
            return "\(at): \(d.severity.rawValue) [\(d.code)]"
        }
    }
}
