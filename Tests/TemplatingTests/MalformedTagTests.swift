import Testing
@testable import Templating

/// NOTES §4 items 2 and 9: malformed tags and delimiter corner cases either raise a
/// typed error or render one fixed way, never crash or hang.
@Suite struct MalformedTagTests {
    @Test(arguments: [
        ("{{", TemplateError.Kind.unclosedTag, 1),
        ("{{}", .unclosedTag, 1),
        ("{{}}", .emptyTag, 1),
        ("{{ }}", .emptyTag, 1),
        ("{{{x}}", .unclosedTag, 1),
        ("{{=}}", .badDelimiters, 1),
        ("{{=a=}}", .badDelimiters, 1),
        ("{{= a b c =}}", .badDelimiters, 1),
        ("{{=a= b=}}", .badDelimiters, 1),
        ("{{=<% %>=}}<%", .unclosedTag, 12),
        ("abc{{", .unclosedTag, 4),
        ("{{!", .unclosedTag, 1),
        ("{{! never closed }", .unclosedTag, 1),
        ("{{#}}", .emptyTag, 1),
        ("{{>}}", .emptyTag, 1),
        ("{{/}}", .emptyTag, 1),
        ("{{#a}}", .unclosedSection, 1),
        ("{{/a}}", .unopenedClose, 1),
        ("{{#a}}{{/b}}", .mismatchedClose, 7),
        ("{{#s1}}{{#s2}}{{^s3?}}{{/s4}}", .mismatchedClose, 23),
    ])
    func malformedTemplateIsAnError(_ template: String, _ kind: TemplateError.Kind, _ column: Int) throws {
        let errors = parseErrors(template)
        let error = try #require(errors.first { $0.kind == kind }, "\(template): \(errors)")
        #expect(error.position == [1, column], "\(template)")
    }

    @Test(arguments: [
        ("{{{x}}}}", "X}"),
        ("}}", "}}"),
        ("a }} b {", "a }} b {"),
        ("{{x}}\u{301}", "X\u{301}"),
        ("{{=<% %>=}}<%#a%>x<%/a%><%={{ }}=%>{{x}}", "xX"),
        ("{{=+++ ++=}}+++x++", "X"),
        ("{{={{ }}=}}{{x}}", "X"),
        ("{{=| |=}}|{x}|", "<X>"),
        ("{{=| |=}}|x|", "&lt;X&gt;"),
        ("{{#a}}{{=<% %>=}}<%x%><%/a%><%x%>", "XX"),
        ("{{=[ ]=}}[x]", "X"),
        ("{{=$$ $$=}}$$x$$", "X"),
    ])
    func deterministicRendering(_ template: String, _ expected: String) throws {
        let data: TemplateValue = ["x": template.contains("|") ? "<X>" : "X", "a": true]
        #expect(try render(template, data) == expected, "\(template)")
    }

    @Test func noPrefixOfAValidTemplateCrashes() {
        let template = "{{#a}}\n  {{=<% %>=}}<%> p%>\n<%={{ }}=%>{{{b}}} {{&c}}{{! x }}{{^d}}{{/d}}\n{{/a}}{{<l}}{{$k}}v{{/k}}{{/l}}"
        let scalars = Array(template.unicodeScalars)
        for length in 0...scalars.count {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars[..<length])
            let text = String(prefix)
            if parseErrors(text).isEmpty {
                #expect(throws: Never.self) { try render(text, ["a": true, "p": "P"], partials: ["p": "!", "l": "{{$k}}{{/k}}"]) }
            }
        }
    }
}
