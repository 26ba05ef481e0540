import Testing
@testable import Templating

/// Limits turn runaway templates into errors: never a stack overflow, a hang or
/// unbounded memory.
@Suite struct LimitTests {
    @Test func aMillionNestedSectionsIsAnErrorNotACrash() throws {
        let errors = parseErrors(String(repeating: "{{#a}}", count: 1_000_000))
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.kind == .nestingTooDeep)
        // The 101st tag, at byte 600.
        #expect(error.position == [1, 601])
        #expect(error.code == "template.nesting-too-deep")
    }

    @Test func nestingLimitOnALaterLine() throws {
        let template = "<ul>\n" + String(repeating: "{{#a}}\n", count: 3) + "  {{^b}}\n"
        let errors = parseErrors(template, limits: TemplateLimits(maxNesting: 3))
        #expect(errors.map(\.kind) == [.nestingTooDeep])
        #expect(errors.first?.position == [5, 3])
        #expect(errors.first?.lineText == "  {{^b}}")
    }

    @Test func deepButBalancedNestingRendersWithinARaisedLimit() throws {
        let depth = 5_000
        let template = String(repeating: "{{#a}}", count: depth) + "x" + String(repeating: "{{/a}}", count: depth)
        let limits = TemplateLimits(maxNesting: 10_000)
        #expect(try render(template, ["a": true], limits: limits) == "x")
        #expect(parseErrors(template).first?.kind == .nestingTooDeep)
    }

    @Test func selfIncludingPartial() throws {
        let error = try #require(try renderError("{{>self}}", [:], partials: ["self": "a\n {{>self}}"]))
        #expect(error.kind == .partialRecursion)
        #expect(error.template == "self")
        #expect(error.position == [2, 2])
        #expect(error.code == "template.partial-recursion")
    }

    @Test func mutualRecursion() throws {
        let error = try renderError("{{>a}}", [:], partials: ["a": "{{>b}}", "b": "{{>a}}"])
        #expect(error?.kind == .partialRecursion)
    }

    @Test func cyclicParents() throws {
        let error = try renderError("{{<a}}{{/a}}", [:], partials: ["a": "{{<a}}{{$x}}y{{/x}}{{/a}}"])
        #expect(error?.kind == .partialRecursion)
    }

    @Test func blockOverrideThatExpandsItself() throws {
        let error = try renderError("{{<p}}{{$a}}-{{$a}}{{/a}}{{/a}}{{/p}}", [:], partials: ["p": "{{$a}}{{/a}}"])
        #expect(error?.kind == .partialRecursion)
    }

    /// mustache.js#585: spec-correct lookup finds the parent's `cause` again forever.
    @Test func dataDrivenEndlessRecursion() throws {
        let data: TemplateValue = ["message": "boom", "cause": ["message": "root"]]
        let error = try renderError(
            "{{>error}}", data, partials: ["error": "{{message}} Cause:{{#cause}}{{>error}}{{/cause}}"])
        #expect(error?.kind == .partialRecursion)
    }

    @Test func legitimateDeepRecursionRenders() throws {
        var tree: TemplateValue = ["name": "leaf", "children": []]
        for level in (0..<200).reversed() {
            tree = ["name": .string("n\(level)"), "children": [tree]]
        }
        let limits = TemplateLimits(maxPartialDepth: 256)
        let output = try render(
            "{{>node}}", tree, partials: ["node": "{{name}}({{#children}}{{>node}}{{/children}})"], limits: limits)
        #expect(output.hasPrefix("n0(n1(n2("))
        #expect(output.hasSuffix("leaf()" + String(repeating: ")", count: 200)))
        #expect(try renderError("{{>node}}", tree, partials: ["node": "{{#children}}{{>node}}{{/children}}"])?.kind
            == .partialRecursion)
    }

    @Test func exponentialFanOutHitsTheOutputLimit() throws {
        var partials: [String: String] = [:]
        for level in 0..<40 {
            partials["p\(level)"] = "{{>p\(level + 1)}}{{>p\(level + 1)}}"
        }
        partials["p40"] = "billion laughs "
        let limits = TemplateLimits(maxOutputBytes: 1 << 20)
        let error = try #require(try renderError("{{>p0}}", [:], partials: partials, limits: limits))
        #expect(error.kind == .outputTooLarge)
        #expect(error.template == "p40")
        #expect(error.position == [1, 1])
        #expect(error.lineText == "billion laughs ")
        #expect(error.code == "template.output-too-large")
    }

    @Test func exponentialFanOutIntoNothingStopsToo() throws {
        var partials: [String: String] = [:]
        for level in 0..<40 {
            partials["p\(level)"] = "{{>p\(level + 1)}}{{>p\(level + 1)}}"
        }
        partials["p40"] = "{{nothing}}"
        let limits = TemplateLimits(maxOutputBytes: 1 << 20)
        #expect(try renderError("{{>p0}}", [:], partials: partials, limits: limits)?.kind == .outputTooLarge)
    }

    @Test func nestedListsMultiplyingOutput() throws {
        let items = TemplateValue.list((0..<1_000).map { .integer($0) })
        let template = "{{#l}}{{#l}}{{#l}}{{#l}}{{#l}}{{.}}{{/l}}{{/l}}{{/l}}{{/l}}{{/l}}"
        let limits = TemplateLimits(maxOutputBytes: 1 << 20)
        #expect(try renderError(template, ["l": items], limits: limits)?.kind == .outputTooLarge)
    }

    @Test func largeInputsStayLinear() throws {
        let megabyte = String(repeating: "Đặc sản <Cà Mau> & \"tôm\" ", count: 40_000)
        let escaped = try render("{{v}}", ["v": .string(megabyte)])
        #expect(escaped.hasPrefix("Đặc sản &lt;Cà Mau&gt; &amp; &quot;tôm&quot; "))
        let list = TemplateValue.list((0..<100_000).map { .integer($0) })
        #expect(try render("{{#l}}{{.}},{{/l}}", ["l": list]).count == 588_890)
        let manyTags = String(repeating: "{{a}}-", count: 100_000)
        #expect(try render(manyTags, ["a": 1]).count == 200_000)
        let longText = String(repeating: "x", count: 10_000_000)
        #expect(try render(longText).utf8.count == 10_000_000)
    }

    @Test func deepDataResolvesWithoutRecursion() throws {
        var value: TemplateValue = "bottom"
        for _ in 0..<2_000 {
            value = ["d": value]
        }
        let path = Array(repeating: "d", count: 2_000).joined(separator: ".")
        #expect(try render("{{\(path)}}", ["d": value]) == "")
        #expect(try render("{{\(path)}}", value) == "bottom")
    }
}
