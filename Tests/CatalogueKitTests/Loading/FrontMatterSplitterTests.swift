import Testing
@testable import CatalogueKit

@Suite struct FrontMatterSplitterTests {
    private func split(_ bytes: [UInt8]) throws -> Result<FrontMatter, Diagnostic> {
        let source = try SourceDecoder.decode(bytes, path: "p.md").get()
        return FrontMatterSplitter.split(source)
    }

    private func split(_ text: String) throws -> Result<FrontMatter, Diagnostic> { try split(Array(text.utf8)) }

    @Test func splitsYAMLAndBodyWithTheirLines() throws {
        let fm = try split("---\nname: a\nstars: 3\n---\nBody line\n").get()
        #expect(fm.yaml == "name: a\nstars: 3\n")
        #expect(fm.yamlFirstLine == 2)
        #expect(fm.body == "Body line\n")
        #expect(fm.bodyFirstLine == 5)
    }

    @Test func acceptsCRLFAndByteOrderMark() throws {
        let fm = try split([0xEF, 0xBB, 0xBF] + Array("---\r\nname: a\r\n---\r\nBody\r\n".utf8)).get()
        #expect(fm.yaml == "name: a\n")
        #expect(fm.body == "Body\n")
        #expect(fm.bodyFirstLine == 4)
    }

    @Test func onlyTheFirstClosingFenceCounts() throws {
        let fm = try split("---\nname: a\n---\nIntro\n\n---\n\nMore\n---\n").get()
        #expect(fm.yaml == "name: a\n")
        #expect(fm.body == "Intro\n\n---\n\nMore\n---\n")
    }

    @Test func acceptsDotsAsClosingFenceAndTrailingSpaces() throws {
        let fm = try split("---  \nname: a\n...\nBody").get()
        #expect(fm.yaml == "name: a\n")
        #expect(fm.body == "Body")
    }

    @Test func closingFenceAtEndOfFileGivesEmptyBody() throws {
        let fm = try split("---\nname: a\n---").get()
        #expect(fm.body == "")
        #expect(fm.bodyFirstLine == 4)
    }

    @Test(arguments: [
        ("", "source.empty"),
        ("  \n\n", "source.empty"),
        ("name: a\n", "frontmatter.missing"),
        ("Body only", "frontmatter.missing"),
        ("---\nname: a\n", "frontmatter.unterminated"),
    ])
    func reportsEachBrokenShape(text: String, code: String) throws {
        guard case .failure(let diagnostic) = try split(text) else {
            Issue.record("expected \(code)")
            return
        }
        #expect(diagnostic.code == code)
        #expect(diagnostic.location == SourceLocation(path: "p.md", line: 1, column: 1))
    }
}
