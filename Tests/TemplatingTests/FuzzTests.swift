import Testing
@testable import Templating

/// NOTES §4: with no public Mustache fuzz corpus, random templates built from tag
/// fragments must either parse and render (or throw a typed error), never crash.
@Suite struct FuzzTests {
    /// A fixed-seed generator, so a failure reproduces.
    private struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Mostly well-formed pieces, so that many templates parse and reach the renderer.
    private static let fragments = [
        "{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{#list}}", "{{/list}}", "{{.}}",
        "{{a.b}}", "{{&c}}", "{{! note }}", "{{>p}}", "{{>*name}}", "{{<p}}", "{{/p}}", "{{$blk}}", "{{/blk}}",
        "{{=<% %>=}}", "<%a%>", "<%={{ }}=%>", "\n", "\r\n", "  ", "\t", "text", "Cà Mau ",
        "e\u{301}", "&<>\"'", "{{#a}}\n", "  {{/a}}\n", "  {{>p}}\n", "{{<p}}{{$blk}}\n", "{{/blk}}{{/p}}\n",
    ]

    /// Pieces that break a template.
    private static let broken = ["{{", "}}", "{{{", "}}}", "{{=", "=}}", "{{/x}}", "{{}}"]

    private static func piece(_ random: inout some RandomNumberGenerator) -> String {
        Int.random(in: 0..<10, using: &random) == 0
            ? broken.randomElement(using: &random)! : fragments.randomElement(using: &random)!
    }

    @Test func randomTemplatesNeverCrash() throws {
        var random = SplitMix(state: 20_261_129)
        let data: TemplateValue = [
            "a": ["b": "x", "a": true], "b": false, "c": "<c>", "list": [1, "two", ["a": 3]], "name": "p",
        ]
        var parsed = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...10, using: &random)
            let template = (0..<count).map { _ in Self.piece(&random) }.joined()
            let partial = (0..<3).map { _ in Self.piece(&random) }.joined()
            let limits = TemplateLimits(maxNesting: 8, maxPartialDepth: 6, maxOutputBytes: 1 << 16)
            let library: TemplateLibrary
            if let withPartial = try? TemplateLibrary(sources: ["main": template, "p": partial], limits: limits) {
                library = withPartial
            } else if let alone = try? TemplateLibrary(sources: ["main": template, "p": "x"], limits: limits) {
                library = alone
            } else {
                #expect(!parseErrors(template).isEmpty)
                continue
            }
            parsed += 1
            for strict in [false, true] {
                do {
                    _ = try library.render("main", data, strict: strict)
                } catch {
                    #expect(error.line >= 1 && error.column >= 1, "\(template.debugDescription): \(error)")
                }
            }
        }
        #expect(parsed > 300)
    }
}
