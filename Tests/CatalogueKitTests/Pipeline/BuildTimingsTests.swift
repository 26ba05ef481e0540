import Dispatch
import Foundation
import Testing
@testable import CatalogueKit

/// `--timings` splits the two stages that run on all cores into their steps, summed over threads.
@Suite struct BuildTimingsTests {
    private func details(_ result: BuildResult, in stage: String) -> [(name: String, seconds: Double)] {
        result.timings.details.filter { $0.stage == stage }.map { ($0.name, $0.seconds) }
    }

    @Test func aColdBuildTimesEachStepOfRenderingAndWriting() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let result = site.build()
        #expect(!result.diagnostics.hasErrors)
        #expect(details(result, in: "pages").map(\.name) == ["read", "front matter", "markdown", "validate pages"])
        let output = details(result, in: "render and write")
        #expect(output.map(\.name) == ["page values", "render", "write", "catalogue.json"])
        // Every step ran: pages had values and were rendered, files were written, the open data encoded.
        for step in output { #expect(step.seconds > 0, "\(step.name)") }
        // Each worker's steps fall inside the stage's wall time, so their sum cannot pass it times
        // the workers: a clock added twice, or a step timed twice, would.
        let wall = try #require(result.timings.seconds("render and write"))
        let workers = Double(ProcessInfo.processInfo.activeProcessorCount)
        #expect(output.reduce(0) { $0 + $1.seconds } <= wall * workers + 0.001)
    }

    @Test func aBuildThatReusesEveryFileTimesTheReuseAsWriting() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let pipeline = Pipeline(project: site.project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!))
        _ = pipeline.build(useCache: true)
        let again = pipeline.build(useCache: true)
        #expect(again.filesReused > 0 && again.pagesReused == again.productCount)
        let output = details(again, in: "render and write")
        // Nothing rendered: every file was linked from the previous output, and that took time.
        for step in ["page values", "render", "catalogue.json"] { #expect(output.first { $0.name == step }?.seconds == 0, "\(step)") }
        #expect(output.first { $0.name == "write" }.map { $0.seconds > 0 } == true)
    }

    @Test func clocksOfManyWorkersAddUp() {
        let sum = StageClock.Sum()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            var clock = StageClock()
            clock.time(.write) { Thread.sleep(forTimeInterval: 0.002) }
            sum.add(clock)
        }
        // A sleep is never shorter than asked, so eight of them sum to at least 16 ms.
        #expect(sum.total.seconds(.write) >= 0.016)
        #expect(sum.total.seconds(.render) == 0)
    }
}
