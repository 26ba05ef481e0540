import Foundation
import Testing
@testable import CatalogueKit

/// The fast reader must give exactly Yams's tree (values, styles and positions) for every
/// document it accepts, and decline what it is not sure of.
@Suite struct SimpleYAMLTests {
    /// Yams's tree, or nil when Yams reports a problem.
    private func reference(_ yaml: String) -> YAMLNode? {
        YAMLSource(source: SourceText(path: "p.md", text: yaml), yaml: yaml, firstLine: 1).composeWithYams(into: DiagnosticCollector())
    }

    private func describe(_ node: YAMLNode?) -> String { YAMLCrossCheck.describe(node) }

    /// Nil when the fast reader declined; otherwise whether it agreed with Yams.
    private func agrees(_ yaml: String) -> Bool? {
        guard SimpleYAML.parse(yaml) != nil else { return nil }
        return YAMLCrossCheck.disagreement(yaml) == nil
    }

    @Test(arguments: [
        "name: Tôm khô\n",
        "name: \"Tôm \\\"khô\\\" \\\\ a\\/b\"\nprice: '85.000 đ ''loại 1'''\n",
        "name: Bánh phồng tôm   # a comment\nstars: 3\n# a line comment\n\ntags: [nước mắm, \"quà biếu\", 'x']\n",
        "assessment:\n  model: qd148-2023\n  scores: {A: 25.5, B: 15, C: 22}\n  total: 62.5\ncertificate:\n  number: \"12/QĐ-UBND\"\n  issued: 2024-05-10\n",
        "images:\n  - src: a.svg\n    alt: \"Gói bánh\"\n  - {src: b.png, alt: 'Bánh chiên'}\nprice: x\n",
        "images:\n- src: a.svg\n  alt: Gói\n- src: b.svg\n  alt: Hộp\nname: y\n",
        "tags: []\ncontact: {}\nname: z\n",
        "districts:\n  - {id: tp-ca-mau, name: \"Thành phố Cà Mau\"}\n  - {id: nam-can, name: \"Năm Căn\"}\nprogramme:\n  target:\n    period: \"2021–2025\"\n    products: 120\n",
        "a: http://example.vn/x?y=1#frag\nb: C#\nc: 12:30\nd: -5\ne: ~\nf: null\ng: yes\n",
        "list:\n  - một\n  - hai   # c\n  - \"ba\"\nnext: 1\n",
    ])
    func acceptsPlainFrontMatterAndAgreesWithYams(_ yaml: String) {
        #expect(agrees(yaml) == true, "\(describe(SimpleYAML.parse(yaml)))\n  vs Yams\n\(describe(reference(yaml)))")
    }

    @Test(arguments: [
        "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >\n  text\n", "a: first\n  continued\n",
        "a:\tb\n", "a: 1\na: 2\n", "a:\nb: 1\n", "a: b: c\n", "a: \"x\\u00e9\"\n", "a: \"open\n", "a: [1, [2]]\n",
        "a: {b: 1,}\n", "- a\n- b\n", "? a\n: b\n", "a: 1\n- x\n", "a: [x,\n  y]\n", "\"q\": 1\n", "a b: 1\n", "a: @x\n",
        "a: `x`\n", "%YAML 1.2\n---\na: 1\n", "a: 1\n  b: 2\n", "",
        "certifying_levels:\n  - {from: 2019-08-21, to: 2023-02-23, stars: {3: province}}\n",
        "9: \u{FEFF}\n", "a: x\u{2028}y\n", "a: x\u{0085}y\n", "a: \u{FFFE}\n",
        // A fuzzer find: in a flow collection '?' starts an explicit key, not a plain scalar.
        "a:  [\"\",?bandsid]\n", "a: [?x]\n", "a: {b: ?c}\n",
    ])
    func declinesWhatItIsNotSureOf(_ yaml: String) {
        #expect(SimpleYAML.parse(yaml) == nil, "accepted: \(describe(SimpleYAML.parse(yaml)))")
    }

    /// Keys are kept in a list up to 16 and hashed past that: a duplicate is found either way,
    /// in block and in flow mappings, however far apart the two are.
    @Test(arguments: [3, 16, 17, 40])
    func duplicateKeysAreDeclinedAtAnySize(_ count: Int) {
        let keys = (1...count).map { "k\($0)" }
        let block = keys.map { "\($0): 1\n" }.joined()
        let flow = "m: {" + keys.map { "\($0): 1" }.joined(separator: ", ")
        #expect(agrees(block) == true)
        #expect(agrees(flow + "}\n") == true)
        for repeated in [keys[0], keys[count / 2], keys[count - 1]] {
            #expect(SimpleYAML.parse(block + "\(repeated): 2\n") == nil, "\(repeated) of \(count)")
            #expect(SimpleYAML.parse(flow + ", \(repeated): 2}\n") == nil, "\(repeated) of \(count)")
        }
    }

    @Test func readsEverySamplePageAsYamsDoes() throws {
        let root = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var pages = 0
        for relative in DirectoryWalker.visibleFiles(under: root.appendingPathComponent("content")) where relative.hasPrefix("products/") && relative.hasSuffix(".md") || relative == "site.yml" {
            let text = try String(contentsOf: root.appendingPathComponent("content/" + relative), encoding: .utf8)
            let yaml = relative.hasSuffix(".yml") ? text : try FrontMatterSplitter.split(SourceText(path: relative, text: text)).get().yaml
            #expect(agrees(yaml) == true, "\(relative) was declined or read differently")
            pages += 1
        }
        #expect(pages >= 37)
    }

    /// Single-character damage to real pages: whatever the fast reader still accepts, Yams must
    /// read the same way.
    @Test func agreesWithYamsOnDamagedPages() throws {
        let root = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let samples = try DirectoryWalker.visibleFiles(under: root.appendingPathComponent("content/products")).filter { $0.hasSuffix(".md") }.prefix(12).map {
            try FrontMatterSplitter.split(SourceText(path: $0, text: String(contentsOf: root.appendingPathComponent("content/products/" + $0), encoding: .utf8))).get().yaml
        }
        let inserts = Array(" :#-'\"{}[],&*!|>?%@`\n\\ab1é".unicodeScalars)
        var state: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var accepted = 0, declined = 0
        for _ in 0..<3000 {
            var scalars = Array(samples[next(samples.count)].unicodeScalars)
            let at = next(scalars.count + 1)
            switch next(3) {
            case 0: scalars.insert(inserts[next(inserts.count)], at: at)
            case 1: if at < scalars.count { scalars.remove(at: at) }
            default: if at < scalars.count { scalars[at] = inserts[next(inserts.count)] }
            }
            let yaml = String(String.UnicodeScalarView(scalars))
            switch agrees(yaml) {
            case nil: declined += 1
            case true?: accepted += 1
            case false?: Issue.record("differs from Yams on:\n\(yaml)\nfast: \(describe(SimpleYAML.parse(yaml)))\nYams: \(describe(reference(yaml)))")
            }
        }
        #expect(accepted > 500 && declined > 100)
    }

    /// The nesting guard counts brackets in plain text, where they nest nothing. Front matter
    /// the fast reader accepts skips the guard, so such values are read as the text they are;
    /// deep nesting it declines still meets the guard on the way to Yams.
    @Test func bracketsInPlainValuesAreTextButDeepNestingIsRefused() {
        func compose(_ yaml: String) -> (YAMLNode?, [String]) {
            let collector = DiagnosticCollector()
            let node = YAMLSource(source: SourceText(path: "p.md", text: yaml), yaml: yaml, firstLine: 1).compose(into: collector)
            return (node, collector.diagnostics.map(\.code))
        }
        let brackets = "name: x\ntags:\n" + (1...70).map { "  - loại[\($0)\n" }.joined()
        let (node, codes) = compose(brackets)
        #expect(codes == [])
        #expect(agrees(brackets) == true)
        if case .mapping(let root) = node, case .sequence(let tags) = root.pairs[1].value {
            #expect(tags.items.count == 70 && tags.items.first?.string == "loại[1")
        } else {
            Issue.record("not read as a list: \(describe(node))")
        }
        let deep = "tags: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n"
        #expect(compose(deep).1 == ["yaml.too-deep"])
    }
}
