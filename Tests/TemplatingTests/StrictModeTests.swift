import Testing
@testable import Templating

/// Strict rendering (what `ocop build` and `check` use): names that resolve to nothing
/// and partials that name no template are errors, located at the offending tag.
@Suite struct StrictModeTests {
    @Test func missingVariableIsAnErrorOnlyInStrictMode() throws {
        #expect(try render("Giá: {{giá}}", [:]) == "Giá: ")
        let error = try #require(try renderError("<p>\n  Giá: {{giá}}</p>", [:], strict: true))
        #expect(error.kind == .missingName)
        #expect(error.position == [2, 8])
        #expect(error.lineText == "  Giá: {{giá}}</p>")
        #expect(error.code == "template.missing-name")
        #expect(error.message == "'giá' resolves to nothing in the data")
    }

    @Test func brokenDottedChainIsMissing() throws {
        let data: TemplateValue = ["a": ["b": [:]], "c": ["name": "Jim"]]
        #expect(try renderError("{{a.b.c.name}}", data, strict: true)?.kind == .missingName)
        #expect(try renderError("{{a.b}}", data, strict: true) == nil)
    }

    @Test func missingSectionAndInvertedSectionNames() throws {
        let section = try #require(try renderError("x {{#items}}{{/items}}", [:], strict: true))
        #expect((section.kind, section.column) == (.missingName, 3))
        let inverted = try #require(try renderError("{{^items}}none{{/items}}", [:], strict: true))
        #expect(inverted.kind == .missingName)
        #expect(try render("{{^items}}none{{/items}}", [:]) == "none")
    }

    @Test func explicitNullAndFalseArePresent() throws {
        let data: TemplateValue = ["price": nil, "sold": false, "tags": []]
        #expect(try render("[{{price}}]{{^sold}}in stock{{/sold}}{{^tags}} no tags{{/tags}}", data, strict: true)
            == "[]in stock no tags")
    }

    @Test func namesResolveThroughTheContextStack() throws {
        let data: TemplateValue = ["site": "OCOP", "products": [["name": "Mật ong"]]]
        #expect(try render("{{#products}}{{name}} – {{site}}{{/products}}", data, strict: true) == "Mật ong – OCOP")
        #expect(try renderError("{{#products}}{{price}}{{/products}}", data, strict: true)?.kind == .missingName)
    }

    @Test func unknownPartialAndParent() throws {
        #expect(try render("a{{>nope}}b", [:]) == "ab")
        let partial = try #require(try renderError("a\n {{>nope}}", [:], strict: true))
        #expect((partial.kind, partial.line, partial.column) == (.unknownPartial, 2, 2))
        #expect(partial.code == "template.unknown-partial")
        let parent = try #require(try renderError("{{<layout}}{{/layout}}", [:], strict: true))
        #expect((parent.kind, parent.column) == (.unknownPartial, 1))
    }

    @Test func dynamicNames() throws {
        let partials = ["card": "[{{name}}]"]
        #expect(try render("{{>*kind}}", ["kind": "card", "name": "x"], partials: partials, strict: true) == "[x]")
        #expect(try renderError("{{>*kind}}", ["kind": "list"], partials: partials, strict: true)?.kind == .unknownPartial)
        #expect(try renderError("{{>*kind}}", ["kind": 3], partials: partials, strict: true)?.kind == .unknownPartial)
        #expect(try renderError("{{>*kind}}", [:], partials: partials, strict: true)?.kind == .missingName)
        #expect(try render("{{>*kind}}", ["kind": 3], partials: partials) == "")
    }

    @Test func errorsInsideAPartialPointIntoThePartial() throws {
        let error = try #require(try renderError(
            "{{>partials/header}}", ["title": "x"], partials: ["partials/header": "<h1>{{title}}</h1>\n<p>{{subtitle}}</p>"],
            strict: true))
        #expect(error.template == "partials/header")
        #expect(error.position == [2, 4])
    }

    @Test func errorsInsideAnOverridePointIntoTheChild() throws {
        let error = try #require(try renderError(
            "{{<layout}}\n{{$main}}\n  <p>{{body}}</p>\n{{/main}}\n{{/layout}}", [:],
            partials: ["layout": "<main>\n{{$main}}{{/main}}\n</main>"], strict: true))
        #expect(error.template == "main")
        #expect(error.position == [3, 6])
    }

    @Test func renderingAnUnknownTemplate() throws {
        let library = try TemplateLibrary(sources: ["a": "x"])
        #expect(throws: TemplateError.self) { try library.render("b", [:]) }
        do {
            _ = try library.render("b", [:])
        } catch {
            #expect(error.kind == .unknownTemplate)
            #expect(error.template == "b")
            #expect(error.position == [0, 0])
            #expect(error.code == "template.unknown-template")
        }
    }
}
