import Dispatch
import Synchronization
import Testing
@testable import Templating

/// A partial rendered with a `SharedValue` on top of the stack is kept with the value and
/// reused; every render must still print exactly what rendering the plain values prints.
@Suite struct SharedValueTests {
    static let card = """
        <li class="{{#flag}}on{{/flag}}"><a href="{{root}}{{url}}">{{name}}</a>{{{root}}}{{#image}}<img src="{{root}}{{src}}">{{/image}}{{site.title}}</li>

        """

    /// Renders each page twice over the same boxes, and once from plain values; returns the
    /// outputs, or a description of the error, so that errors must match too.
    static func compare(
        _ sources: [String: String], pages: [TemplateValue], strict: Bool = false, limits: TemplateLimits = .init()
    ) throws -> (shared: [String], plain: [String]) {
        let library = try TemplateLibrary(sources: sources, limits: limits)
        func outcome(_ page: TemplateValue) -> String {
            do { return try library.render("main", page, strict: strict) } catch { return "error: \(error.kind) \(error.line):\(error.column) \(error.message)" }
        }
        let shared = (pages + pages).map(outcome)
        let unshared = (pages + pages).map { outcome(plain($0)) }
        return (shared, unshared)
    }

    static func plain(_ value: TemplateValue) -> TemplateValue {
        switch value.unshared {
        case .list(let items): .list(items.map(plain))
        case .object(let members): .object(members.mapValues(plain))
        case let other: other
        }
    }

    static let products: [SharedValue] = [
        SharedValue(["name": "Mắm <tôm>", "url": "mam-tom/", "image": ["src": "a.jpg"]]),
        SharedValue(["name": "Khô cá & mực", "url": "kho-ca/", "flag": true]),
    ]

    static func page(_ fields: TemplateObject, _ boxes: [SharedValue] = products) -> TemplateValue {
        var page = fields
        page["products"] = .list(boxes.map { .shared($0) })
        return .object(page)
    }

    @Test func keptRendersPrintWhatPlainValuesPrint() throws {
        let boxes = [SharedValue(Self.products[0].value), SharedValue(Self.products[1].value)]
        let pages = [
            Self.page(["root": "../", "site": ["title": "A"]], boxes),
            Self.page(["root": "../../\"<x>&", "site": ["title": "A"]], boxes),
            // Reads that decide more than text: a flag, an image and a dotted name from the page.
            Self.page(["root": "", "flag": true, "site": ["title": "B"]], boxes),
            Self.page(["root": "./", "image": ["src": "page.jpg"], "site": ["title": "A"]], boxes),
            // A printed read that is no longer a string, or missing.
            Self.page(["root": 3, "site": ["title": "A"]], boxes),
            Self.page(["site": ["title": "A"]], boxes),
        ]
        let sources = ["main": "<ul>\n  {{#products}}\n  {{>card}}\n  {{/products}}\n</ul>\n{{>card}}", "card": Self.card]
        let (shared, plain) = try Self.compare(sources, pages: pages)
        #expect(shared == plain)
        #expect(shared[1].contains(#"href="../../&quot;&lt;x&gt;&amp;kho-ca/""#))
        #expect(shared[1].contains(#"</a>../../"<x>&<img"#))
        // One kept render serves every root: the root is a hole, not part of the key. The
        // other surroundings (flag, image, site title, a non-string root) add one each, up
        // to the limit.
        #expect(boxes.allSatisfy { $0.renders.withLock { $0.count } == SharedValue.maxRenders })
    }

    @Test func oneKeptRenderServesEveryPageDepth() throws {
        let boxes = [SharedValue(Self.products[0].value)]
        let pages = ["", "../", "../../", "../../../"].map { Self.page(["root": .string($0), "site": ["title": "A"]], boxes) }
        let (shared, plain) = try Self.compare(["main": "{{#products}}{{>card}}{{/products}}", "card": Self.card], pages: pages)
        #expect(shared == plain)
        #expect(boxes[0].renders.withLock { $0.count } == 1)
        #expect(boxes[0].renders.withLock { $0[0].holes.count } == 3)
    }

    @Test func indentationIsPartOfTheKey() throws {
        let boxes = [SharedValue(Self.products[1].value)]
        let sources = [
            "main": "{{#products}}\n{{>card}}\n  {{>card}}\n{{/products}}\n{{#products}}\n    {{>card}}\n{{/products}}",
            "card": "a\n{{name}}\n",
        ]
        let (shared, plain) = try Self.compare(sources, pages: [Self.page([:], boxes)])
        #expect(shared == plain)
        #expect(shared[0] == "a\nKhô cá &amp; mực\n  a\n  Khô cá &amp; mực\n    a\n    Khô cá &amp; mực\n")
        #expect(boxes[0].renders.withLock { $0.count } == 3)
    }

    @Test func blockSitesAreNeverKept() throws {
        let boxes = [SharedValue(Self.products[0].value)]
        let sources = [
            "main": "{{<frame}}{{$extra}}one{{/extra}}{{/frame}}|{{<frame}}{{$extra}}two{{/extra}}{{/frame}}",
            "frame": "{{#products}}{{>card}}{{/products}}",
            "card": "{{name}}:{{$extra}}none{{/extra}};",
        ]
        let (shared, plain) = try Self.compare(sources, pages: [Self.page([:], boxes)])
        #expect(shared == plain)
        #expect(shared[0] == "Mắm &lt;tôm&gt;:one;|Mắm &lt;tôm&gt;:two;")
        #expect(boxes[0].renders.withLock { $0.isEmpty })
    }

    @Test func strictRendersDoNotReuseLenientOnes() throws {
        let library = try TemplateLibrary(sources: ["main": "{{#products}}{{>card}}{{/products}}", "card": "{{name}}{{missing}}"])
        let page = Self.page([:], [SharedValue(["name": "x"])])
        #expect(try library.render("main", page) == "x")
        #expect(try library.render("main", page) == "x")
        #expect(throws: TemplateError.self) { try library.render("main", page, strict: true) }
    }

    @Test func limitsAreHitWhereAFreshRenderHitsThem() throws {
        let boxes = [SharedValue(["name": .string(String(repeating: "x", count: 30))])]
        let limits = TemplateLimits(maxPartialDepth: 2, maxOutputBytes: 100)
        let sources = [
            "main": "{{pad}}{{#products}}{{>card}}{{/products}}{{#deep}}{{>wrap}}{{/deep}}",
            "wrap": "{{#products}}{{>card}}{{/products}}",
            "card": "{{>name}}",
            "name": "{{name}}",
        ]
        let pages = [
            Self.page(["pad": ""], boxes),
            // The kept output would pass the output limit here, and the depth limit below.
            Self.page(["pad": .string(String(repeating: "p", count: 80))], boxes),
            Self.page(["pad": "", "deep": true], boxes),
        ]
        let (shared, plain) = try Self.compare(sources, pages: pages, limits: limits)
        #expect(shared == plain)
        #expect(shared[1].hasPrefix("error: outputTooLarge"))
        #expect(shared[2].hasPrefix("error: partialRecursion"))
    }

    @Test func concurrentRendersShareKeptOutput() throws {
        let boxes = (0..<50).map { SharedValue(["name": .string("sản phẩm \($0)"), "url": .string("p\($0)/")]) }
        let library = try TemplateLibrary(sources: ["main": "{{#products}}{{>card}}{{/products}}", "card": Self.card])
        let pages = (0..<64).map { Self.page(["root": .string(String(repeating: "../", count: $0 % 4)), "site": ["title": "T"]], boxes) }
        let expected = try pages.map { try library.render("main", Self.plain($0)) }
        let results = Mutex(Array(repeating: "", count: pages.count))
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let text = (try? library.render("main", pages[index])) ?? "error"
            results.withLock { $0[index] = text }
        }
        #expect(results.withLock { $0 } == expected)
        #expect(boxes.allSatisfy { $0.renders.withLock { $0.count } >= 1 })
    }

    /// A card that reads, from below itself, a list holding its own box (found by the
    /// fuzzer): keeping that read would make the box hold itself, so it is not kept.
    @Test func readsThatHoldSharedValuesAreNotKept() throws {
        weak var probe: SharedValue?
        try {
            let box = SharedValue(["name": "a"])
            probe = box
            let list = TemplateValue.list([.shared(box), .shared(SharedValue(["name": "b", "list": []]))])
            let page: TemplateValue = ["list": list]
            let sources = ["main": "{{#list}}{{>card}}{{/list}}", "card": "{{name}}<{{#list}}{{name}}{{/list}}>"]
            let (shared, plain) = try Self.compare(sources, pages: [page])
            #expect(shared == plain)
            #expect(shared[0] == "a<ab>b<>")
            #expect(box.renders.withLock { $0.isEmpty })
        }()
        #expect(probe == nil)
    }

    @Test func sharedValuesEqualTheirValues() {
        let box = SharedValue(["a": 1])
        #expect(TemplateValue.shared(box) == ["a": 1])
        #expect(TemplateValue.shared(SharedValue(.shared(box))) == .shared(box))
        #expect(TemplateValue.shared(box) != ["a": 2])
    }
}
