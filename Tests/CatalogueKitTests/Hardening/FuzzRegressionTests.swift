import Foundation
import FuzzHarness
import Testing

/// Every seed of the fuzz corpus, and every input a fuzzer ever stopped on, replayed through
/// the same harness `make fuzz` runs: each must keep every invariant (and not crash or hang).
@Suite struct FuzzRegressionTests {
    static let fuzz = SiteBuild.repositoryTemplates.deletingLastPathComponent().appendingPathComponent("Fuzz")

    static let harnesses: [String: @Sendable ([UInt8]) -> [String]] = [
        "FrontMatterFuzz": FrontMatterHarness.run,
        "MarkdownFuzz": MarkdownHarness.run,
        "TemplateFuzz": TemplateHarness.run,
    ]

    static func inputs(_ target: String) -> [URL] {
        ["corpus", "regressions"].flatMap { folder -> [URL] in
            let dir = fuzz.appendingPathComponent(folder).appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.sorted().map { dir.appendingPathComponent($0) }
        }
    }

    @Test(arguments: ["FrontMatterFuzz", "MarkdownFuzz", "TemplateFuzz"])
    func seedsAndFoundInputsKeepEveryInvariant(_ target: String) throws {
        let run = try #require(Self.harnesses[target])
        let inputs = Self.inputs(target)
        #expect(inputs.count >= 5)
        for url in inputs {
            let violations = run([UInt8](try Data(contentsOf: url)))
            #expect(violations.isEmpty, "\(target) on \(url.lastPathComponent): \(violations.joined(separator: "; "))")
        }
    }
}
