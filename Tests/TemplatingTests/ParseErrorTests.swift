import Testing
@testable import Templating

/// Each parse error kind, with its position. Columns count Unicode scalars.
@Suite struct ParseErrorTests {
    private func only(_ template: String) throws -> TemplateError {
        let errors = parseErrors(template)
        #expect(errors.count == 1, "\(errors)")
        return try #require(errors.first)
    }

    @Test func unclosedSectionPointsAtTheOpeningTag() throws {
        let error = try only("<ul>\n  {{#products}}\n  <li>{{name}}</li>\n</ul>\n")
        #expect(error.kind == .unclosedSection)
        #expect((error.line, error.column) == (2, 3))
        #expect(error.lineText == "  {{#products}}")
        #expect(error.template == "main")
        #expect(error.path == nil)
        #expect(error.message == "section 'products' opened here is never closed")
        #expect(error.code == "template.unclosed-section")
    }

    @Test func unclosedInvertedParentAndBlock() throws {
        #expect(try only("{{^a}}").kind == .unclosedSection)
        #expect(try only("x {{<layout}}").kind == .unclosedSection)
        let block = try only("ab\n{{$title}}x")
        #expect((block.kind, block.line, block.column) == (.unclosedSection, 2, 1))
    }

    /// Found by the malformed-input corpus: the tag ran on to the next `}}`, two lines down, and
    /// only rendering complained, about a name made of half a template.
    @Test func tagLeftOpenBeforeTheNextTagIsUnclosed() throws {
        let error = try only("<h1>{{name</h1>\n<p>{{>stars}}</p>\n")
        #expect((error.kind, error.line, error.column) == (.unclosedTag, 1, 5))
        #expect(error.message.contains("before the next '{{'"))
        let custom = try only("{{=<% %>=}}<% a <% b %>")
        #expect((custom.kind, custom.column) == (.unclosedTag, 12))
        #expect(parseErrors("{{! a {{ comment }} may hold braces }}x").isEmpty)
    }

    @Test func mismatchedCloseNamesBothSections() throws {
        let error = try only("{{#a}}{{/b}}")
        #expect((error.kind, error.line, error.column) == (.mismatchedClose, 1, 7))
        #expect(error.message.contains("'b'") && error.message.contains("'a'"))
        #expect(error.code == "template.mismatched-close")
    }

    @Test func crossedSectionsGiveAMismatch() throws {
        let errors = parseErrors("{{#a}}{{#b}}{{/a}}{{/b}}")
        #expect(errors.first?.kind == .mismatchedClose)
        #expect(errors.first?.position == [1, 13])
    }

    @Test func unopenedClose() throws {
        let error = try only("{{/a}}")
        #expect((error.kind, error.line, error.column) == (.unopenedClose, 1, 1))
        let again = try only("{{^a}}{{/a}}{{/a}}")
        #expect((again.kind, again.line, again.column) == (.unopenedClose, 1, 13))
    }

    @Test func sameNameNestingMatchesTheInnerCloseFirst() throws {
        #expect(try render("{{#a}}{{#a}}x{{/a}}{{/a}}", ["a": true]) == "x")
    }

    @Test func unclosedTag() throws {
        let error = try only("Hello\n  {{name\n")
        #expect((error.kind, error.line, error.column) == (.unclosedTag, 2, 3))
        #expect(error.lineText == "  {{name")
        #expect(error.code == "template.unclosed-tag")
    }

    @Test func badDelimiters() throws {
        let error = try only("a\nb {{=<% =}}")
        #expect((error.kind, error.line, error.column) == (.badDelimiters, 2, 3))
        #expect(error.code == "template.bad-delimiters")
    }

    @Test func emptyTags() throws {
        for template in ["{{}}", "{{ }}", "{{#}}{{/}}", "{{>}}", "{{&}}", "{{{ }}}", "{{<}}", "{{$}}", "{{> * }}"] {
            let errors = parseErrors(template)
            #expect(errors.first?.kind == .emptyTag, "\(template)")
            #expect(errors.first?.position == [1, 1], "\(template)")
        }
    }

    @Test func vietnameseTextBeforeTheErrorCountsScalarsNotBytes() throws {
        let line = "Giá: {{giá}} — Sản phẩm {{#sản phẩm}}"
        let error = try only("<h1>Đặc sản Cà Mau</h1>\n" + line + "\n")
        #expect(error.kind == .unclosedSection)
        #expect(error.line == 2)
        #expect(error.column == 25)
        #expect(error.column == "Giá: {{giá}} — Sản phẩm ".unicodeScalars.count + 1)
        #expect(error.lineText == line)
        #expect(error.message == "section 'sản phẩm' opened here is never closed")
    }

    @Test func decomposedAccentsAreColumnsOfTheirOwn() throws {
        // "e" + U+0301 is one Character but two scalars.
        let error = try only("Cafe\u{301} {{/x}}")
        #expect((error.kind, error.column) == (.unopenedClose, 7))
    }

    @Test func crlfCountsAsOneLineBreakAndIsNotInTheLineText() throws {
        let error = try only("a\r\nb {{/x}}\r\nc\r\n")
        #expect((error.kind, error.line, error.column) == (.unopenedClose, 2, 3))
        #expect(error.lineText == "b {{/x}}")
        // A lone \r is not a line break.
        let lone = try only("a\rb {{/x}}")
        #expect((lone.line, lone.column) == (1, 5))
    }

    @Test func descriptionShowsLocationLineAndCaret() throws {
        let error = try only("ok\n  {{#a}}\n")
        #expect(error.description == """
            main:2:3: error: section 'a' opened here is never closed [template.unclosed-section]
                  {{#a}}
                  ^
            """)
    }

    @Test func severalErrorsInOneTemplateAreAllReported() {
        let errors = parseErrors("{{/x}}\n{{#a}}{{/b}}{{/a}}\n{{}}\n{{#open}}")
        #expect(errors.map(\.kind) == [.unopenedClose, .mismatchedClose, .unopenedClose, .emptyTag, .unclosedSection])
    }

    @Test func libraryCollectsErrorsOfAllTemplatesSortedByNameThenPosition() {
        do {
            _ = try TemplateLibrary(sources: ["b": "{{#x}}", "a": "ok\n{{/y}} {{/z}}", "c": "fine"])
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.template) == ["a", "a", "b"])
            #expect(error.errors.map(\.column) == [1, 8, 1])
            #expect(error.errors.map(\.kind) == [.unopenedClose, .unopenedClose, .unclosedSection])
        }
    }
}
