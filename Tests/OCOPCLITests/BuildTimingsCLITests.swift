import Foundation
import Testing

/// `ocop build --timings`: every stage, then the steps of the two stages that run on all cores.
@Suite struct BuildTimingsCLITests {
    @Test func timingsListTheStepsOfReadingAndOfRenderingAndWriting() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        let run = try OCOPBinary.run(["build", "--root", site.root.path, "--as-of", "2026-11-29", "--quiet", "--timings"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let names = lines.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: #"\s+[0-9.]+ m?s$"#, with: "", options: .regularExpression) }
        for stage in ["scan", "pages", "assemble", "plan", "render and write", "swap"] { #expect(names.contains(stage), "\(stage)") }
        let pages = try #require(names.firstIndex(of: "in pages, summed over threads:"))
        #expect(Array(names[(pages + 1)...].prefix(4)) == ["read", "front matter", "markdown", "validate pages"])
        let output = try #require(names.firstIndex(of: "in render and write, summed over threads:"))
        #expect(output > pages)
        #expect(Array(names[(output + 1)...]) == ["page values", "render", "write", "catalogue.json"])
        // Each step line is indented under its heading and ends in a time.
        for line in lines[(output + 1)...] { #expect(line.hasPrefix("    ") && line.range(of: #" [0-9.]+ m?s$"#, options: .regularExpression) != nil, "\(line)") }
    }
}
