import Testing
@testable import Templating

/// Indentation beyond the spec's cases (NOTES §4 item 7) and the layout shapes the
/// site uses.
@Suite struct IndentationTests {
    @Test func nestedStandalonePartialsAccumulate() throws {
        let partials = ["a": "<div>\n  {{>b}}\n</div>\n", "b": "<p>\n  {{>c}}\n</p>\n", "c": "x\n"]
        #expect(try render("<body>\n  {{>a}}\n</body>\n", partials: partials)
            == "<body>\n  <div>\n    <p>\n      x\n    </p>\n  </div>\n</body>\n")
    }

    @Test func inlinePartialsAreNotIndented() throws {
        let partials = ["a": "A\nA2", "b": "B"]
        #expect(try render("  {{>a}} {{>b}}\n", partials: partials) == "  A\nA2 B\n")
        #expect(try render("{{> a}} {{> b}}", partials: partials) == "A\nA2 B")
    }

    @Test func blankLinesInIndentedPartialsStayBlank() throws {
        #expect(try render("  {{>p}}\n", partials: ["p": "a\n\nb\n"]) == "  a\n\n  b\n")
        #expect(try render("  {{>p}}\n", partials: ["p": "a\n \t\nb\r\n\r\n"]) == "  a\n \t\n  b\r\n\r\n")
    }

    @Test func lastLineThatRendersNothingKeepsItsIndentation() throws {
        #expect(try render("  {{>p}}", partials: ["p": "a\n{{#x}}{{/x}}\n"]) == "  a\n  \n")
    }

    @Test func crlfPartialIndentation() throws {
        #expect(try render("|\r\n  {{>p}}\r\n|", partials: ["p": "a\r\nb\r\n"]) == "|\r\n  a\r\n  b\r\n|")
    }

    @Test func standaloneLayoutBlockTakesTheSiteIndentation() throws {
        let layout = "<body>\n  <main>\n    {{$main}}\n    {{/main}}\n  </main>\n</body>\n"
        let page = "{{<layout}}\n{{$main}}\n<h1>{{title}}</h1>\n<p>x</p>\n{{/main}}\n{{/layout}}\n"
        #expect(try render(page, ["title": "T"], partials: ["layout": layout])
            == "<body>\n  <main>\n    <h1>T</h1>\n    <p>x</p>\n  </main>\n</body>\n")
    }

    @Test func indentedOverrideIsReindentedAtTheSite() throws {
        let layout = "<main>\n  {{$main}}\n  {{/main}}\n</main>\n"
        let page = "{{<layout}}\n  {{$main}}\n    <p>a</p>\n      <b>b</b>\n  {{/main}}\n{{/layout}}\n"
        #expect(try render(page, partials: ["layout": layout]) == "<main>\n  <p>a</p>\n    <b>b</b>\n</main>\n")
    }

    @Test func inlineSiteContinuesTheLine() throws {
        let layout = "<main>{{$m}}{{/m}}</main>\n"
        let page = "{{<layout}}{{$m}}\n<p>a</p>\n<p>b</p>\n{{/m}}{{/layout}}"
        #expect(try render(page, partials: ["layout": layout]) == "<main><p>a</p>\n<p>b</p>\n</main>\n")
    }

    @Test func partialsSeeActiveOverrides() throws {
        let partials = ["layout": "{{>head}}|{{$body}}{{/body}}", "head": "<title>{{$title}}default{{/title}}</title>"]
        #expect(try render("{{<layout}}{{$title}}T{{/title}}{{$body}}B{{/body}}{{/layout}}", partials: partials)
            == "<title>T</title>|B")
    }

    @Test func onlyDirectBlocksOfAParentAreArgumentsAndTheFirstWins() throws {
        let partials = ["p": "[{{$a}}A{{/a}}][{{$b}}B{{/b}}]"]
        #expect(try render("{{<p}}{{$a}}1{{/a}}{{$a}}2{{/a}}{{#s}}{{$b}}x{{/b}}{{/s}}{{/p}}", ["s": true], partials: partials)
            == "[1][B]")
    }

    @Test func dynamicParent() throws {
        #expect(try render("{{<*layout}}{{$a}}x{{/a}}{{/*layout}}", ["layout": "p"], partials: ["p": "<{{$a}}{{/a}}>"])
            == "<x>")
    }
}
