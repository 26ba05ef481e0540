import Testing
@testable import Templating

/// The choices the spec leaves open, pinned down (see the `Templating` doc comment).
@Suite struct PolicyTests {
    @Test(arguments: [
        ("\"\"", TemplateValue.string(""), true), ("0", .integer(0), true), ("0.0", .decimal(0), true),
        ("\"0\"", .string("0"), true), ("{}", .object([:]), true), ("[0]", .list([0]), true),
        ("[]", .list([]), false), ("false", .bool(false), false), ("null", .null, false),
    ])
    func truthiness(_ label: String, _ value: TemplateValue, _ truthy: Bool) throws {
        let output = try render("{{#x}}yes{{/x}}{{^x}}no{{/x}}", ["x": value])
        #expect(output == (truthy ? "yes" : "no"), "\(label)")
    }

    @Test func missingIsFalsey() throws {
        #expect(try render("{{#x}}yes{{/x}}{{^x}}no{{/x}}") == "no")
    }

    @Test func emptyObjectIsPushed() throws {
        #expect(try render("{{#x}}[{{y}}]{{/x}}", ["x": [:], "y": "outer"]) == "[outer]")
    }

    @Test func escapingCoversTheApostrophe() throws {
        #expect(try render("{{v}}", ["v": "& < > \" ' / ` ="]) == "&amp; &lt; &gt; &quot; &#39; / ` =")
        #expect(try render("{{{v}}}|{{&v}}", ["v": "<b>'x'</b>"]) == "<b>'x'</b>|<b>'x'</b>")
        #expect(try render("{{v}}", ["v": "Cà Mau – “OCOP” 5★"]) == "Cà Mau – “OCOP” 5★")
    }

    @Test func numbers() throws {
        let data: TemplateValue = [
            "i": 85, "d": 85.0, "f": 1.21, "n": -3, "z": -0.0, "big": 1e16, "price": 150_000.0, "tiny": 0.000_01,
        ]
        #expect(try render("{{i}} {{d}} {{f}} {{n}} {{z}} {{big}} {{price}} {{tiny}}", data)
            == "85 85 1.21 -3 -0 1e+16 150000 1e-05")
    }

    @Test func booleansListsAndObjectsInterpolate() throws {
        #expect(try render("{{t}} {{f}} [{{l}}] [{{o}}] [{{n}}]", ["t": true, "f": false, "l": [1, 2], "o": ["a": 1], "n": nil])
            == "true false [] [] []")
    }

    @Test func swiftPropertiesAreNeverReflected() throws {
        let data: TemplateValue = ["list": [1, 2, 3], "text": "abc"]
        let names = ["count", "first", "last", "description", "isEmpty", "hashValue", "0"]
        for name in names {
            #expect(try render("{{list.\(name)}}{{text.\(name)}}", data) == "", "\(name)")
        }
        let keyed: TemplateValue = ["list": ["count": 7, "first": "a"]]
        #expect(try render("{{list.count}} {{list.first}}", keyed) == "7 a")
    }

    @Test func dottedKeysAreNeverOneKey() throws {
        #expect(try render("{{a.b}}", ["a.b": "c"]) == "")
        #expect(try render("{{a.b}}", ["a.b": "c", "a": ["b": "d"]]) == "d")
    }

    @Test func renderingTwiceKeepsNoState() throws {
        let library = try TemplateLibrary(sources: ["t": "{{#items}}{{name}}{{/items}}{{missing}}"])
        #expect(try library.render("t", ["items": [["name": "a"]]]) == "a")
        #expect(try library.render("t", ["items": [["name": "b"]], "missing": "!"]) == "b!")
        #expect(try library.render("t", [:]) == "")
    }

    @Test func literalsBuildValues() {
        let value: TemplateValue = ["s": "x", "i": 1, "d": 1.5, "b": true, "l": [nil], "o": [:]]
        #expect(value == .object([
            "s": .string("x"), "i": .integer(1), "d": .decimal(1.5), "b": .bool(true), "l": .list([.null]), "o": .object([:]),
        ]))
    }
}
