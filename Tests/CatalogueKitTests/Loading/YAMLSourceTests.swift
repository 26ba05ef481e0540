import Testing
@testable import CatalogueKit

/// Positions of YAML findings, each pinned after the fuzzer or the malformed-input corpus
/// found it pointing at a line that does not exist or at the wrong column.
@Suite struct YAMLSourceTests {
    private func findings(_ text: String, path: String = "content/site.yml") -> [Diagnostic] {
        let source = SourceText(path: path, text: text)
        let collector = DiagnosticCollector()
        _ = YAMLSource(source: source, yaml: text, firstLine: 1).compose(into: collector)
        return collector.diagnostics
    }

    @Test func errorAtTheEndOfAFileWithoutAFinalLineBreakIsOnItsLastLine() throws {
        // libyaml marks the end of input on line 3 of this 2-line text.
        let d = try #require(findings("title: a\nx  y").first)
        #expect(d.code == "yaml.syntax")
        #expect(d.location?.position == SourcePosition(line: 2, column: 5))
        #expect(d.lineText == "x  y")
    }

    @Test func controlCharacterIsReportedWhereItIsInTheFile() throws {
        let text = "---\nname: \"Bánh\"\nproducer: \"Cơ sở \u{1} Mai\"\n---\nMô tả\n"
        let source = SourceText(path: "content/products/x.md", text: text)
        let collector = DiagnosticCollector()
        _ = PageReader.frontMatter(of: source, into: collector)
        let d = try #require(collector.diagnostics.first)
        #expect(d.code == "yaml.syntax")
        #expect(d.message.contains("U+0001"))
        // `producer: "Cơ sở ` is 17 scalars: the control character is column 18 of line 3.
        #expect(d.location?.position == SourcePosition(line: 3, column: 18))
    }

    @Test(arguments: ["name: !!binary aGVsbG8=", "name: !custom x", "stars: !!int \"3\"", "certificate: !mine {number: 1}", "tags: !!set {a, b}"])
    func explicitTagsAreRefusedAtTheTag(_ line: String) throws {
        let d = try #require(findings("title: x\n\(line)\n").first)
        #expect(d.code == "yaml.tag")
        #expect(d.location?.line == 2)
        #expect(d.location?.column == line.distance(from: line.startIndex, to: line.firstIndex(of: "!")!) + 1)
    }

    @Test func plainValuesAndAStringTagAreNotTags() {
        #expect(findings("title: x\nn: 3\nl: [a, {b: c}]\ns: !!str 4\n").isEmpty)
    }
}
