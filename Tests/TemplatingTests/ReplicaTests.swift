import Testing
@testable import Templating

/// A replica renders exactly like its library, shares none of its objects (so threads do not
/// contend for their reference counts), and reuses the partial renders kept by the original.
@Suite struct ReplicaTests {
    static let sources = [
        "main": "{{<layout}}{{$body}}<ul>\n  {{#products}}\n  {{>card}}\n  {{/products}}\n</ul>{{/body}}{{/layout}}",
        "layout": "<title>{{site.title}}</title>\n{{$body}}nothing{{/body}}\n",
        "card": SharedValueTests.card,
    ]

    @Test func aReplicaRendersWhatItsLibraryRenders() throws {
        let library = try TemplateLibrary(sources: Self.sources)
        let replica = library.replica()
        let page = SharedValueTests.page(["root": "../", "site": ["title": "Cà Mau <OCOP>"]])
        let expected = try library.render("main", SharedValueTests.plain(page), strict: false)
        #expect(try replica.render("main", SharedValueTests.plain(page)) == expected)
        #expect(expected.contains("Cà Mau &lt;OCOP&gt;"))
        #expect(replica.names == library.names)
    }

    @Test func aReplicaSharesNoTemplateOrNode() throws {
        let library = try TemplateLibrary(sources: Self.sources)
        let replica = library.replica()
        for name in library.names {
            let original = try #require(library.templates[name]), copy = try #require(replica.templates[name])
            #expect(original !== copy)
            #expect(original.serial == copy.serial)
            #expect(original.source.bytes == copy.source.bytes)
            #expect(Self.bufferAddress(original.source.bytes) != Self.bufferAddress(copy.source.bytes))
            #expect(original.body.count == copy.body.count)
            for (a, b) in zip(original.body, copy.body) { #expect(!Self.sameObject(a, b)) }
        }
        // A library parsed on its own is a different template, even from the same text.
        let other = try TemplateLibrary(sources: Self.sources)
        #expect(other.templates["card"]!.serial != library.templates["card"]!.serial)
    }

    @Test func replicasReuseTheRendersTheOriginalKept() throws {
        let library = try TemplateLibrary(sources: ["main": "{{#products}}{{>card}}{{/products}}", "card": SharedValueTests.card])
        let replica = library.replica()
        let boxes = [SharedValue(SharedValueTests.products[0].value)]
        let first = SharedValueTests.page(["root": "../", "site": ["title": "A"]], boxes)
        let second = SharedValueTests.page(["root": "../../", "site": ["title": "A"]], boxes)
        let kept = try library.render("main", first)
        #expect(boxes[0].renders.withLock { $0.count } == 1)
        let reused = try replica.render("main", second)
        #expect(boxes[0].renders.withLock { $0.count } == 1)
        #expect(kept == (try library.render("main", SharedValueTests.plain(first))))
        #expect(reused == (try library.render("main", SharedValueTests.plain(second))))
    }

    @Test func aValueReplicaIsEqualAndHasStringsOfItsOwn() {
        let long = String(repeating: "Mật ong rừng U Minh ", count: 3)
        let box = SharedValue(["name": "a"])
        let value: TemplateValue = [
            "title": .string(long), "stars": 5, "price": 1.5, "ok": true, "none": nil,
            "list": [.string(long), ["deep": .string(long)]], "card": .shared(box),
        ]
        let copy = value.replica()
        #expect(copy == value)
        guard case .object(let original) = value, case .object(let copied) = copy else { Issue.record("not objects"); return }
        #expect(Self.stringAddress(original["title"]!) != Self.stringAddress(copied["title"]!))
        guard case .shared(let kept) = copied["card"]! else { Issue.record("the shared value was not kept"); return }
        #expect(kept === box)
    }

    static func sameObject(_ a: Node, _ b: Node) -> Bool {
        switch (a, b) {
        case (.variable(let x), .variable(let y)): x === y
        case (.section(let x), .section(let y)): x === y
        case (.partial(let x), .partial(let y)): x === y
        case (.parent(let x), .parent(let y)): x === y
        case (.block(let x), .block(let y)): x === y
        case (.text(let x), .text(let y)): x === y || x.object.bytes.baseAddress == y.object.bytes.baseAddress
        default: false
        }
    }

    static func bufferAddress(_ bytes: [UInt8]) -> UnsafeRawPointer? {
        bytes.withUnsafeBytes { $0.baseAddress }
    }

    /// Where a string's UTF-8 is stored (`nil` for one short enough to be stored inline).
    static func stringAddress(_ value: TemplateValue) -> UnsafeRawPointer? {
        guard case .string(var text) = value, text.utf8.count > 15 else { return nil }
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }
}
