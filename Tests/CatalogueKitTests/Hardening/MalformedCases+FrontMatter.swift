/// Front matter: YAML that cannot be read, wrong shapes and types, and inputs sized to hurt.
extension MalformedCase {
    static let page = BasePage.path

    static let frontMatter: [MalformedCase] = [
        MalformedCase("yaml-unclosed-quote", files: BasePage.with("name: \"Bánh phồng tôm Năm Căn\"", "name: \"Bánh phồng tôm Năm Căn"), expect: ["content/products/banh-phong-tom.md:3:12: error [yaml.syntax]"]),
        MalformedCase("yaml-tab-indentation", files: BasePage.with("  number: \"123/QĐ-UBND\"", "\tnumber: \"123/QĐ-UBND\""), expect: ["content/products/banh-phong-tom.md:11:1: error [yaml.syntax]"]),
        MalformedCase("yaml-colon-in-plain-value", files: BasePage.with("producer: \"Cơ sở Mai Sáu\"", "producer: Cơ sở: Mai Sáu"), expect: ["content/products/banh-phong-tom.md:3:16: error [yaml.syntax]"]),
        MalformedCase("yaml-bad-indentation", files: BasePage.with("  issued: 2024-05-10", " issued: 2024-05-10"), expect: ["content/products/banh-phong-tom.md:12:2: error [yaml.syntax]"]),
        MalformedCase("type-stars-as-text", files: BasePage.with("stars: 3", "stars: \"ba\""), expect: ["content/products/banh-phong-tom.md:6:8: error [field.type]"]),
        MalformedCase("type-stars-as-decimal", files: BasePage.with("stars: 3", "stars: 3.5"), expect: ["content/products/banh-phong-tom.md:6:8: error [field.type]"]),
        MalformedCase("type-name-as-list", files: BasePage.with("name: \"Bánh phồng tôm Năm Căn\"", "name: [Bánh, phồng]"), expect: ["content/products/banh-phong-tom.md:2:7: error [field.type]"]),
        MalformedCase("type-certificate-as-text", files: BasePage.with("certificate:\n  number: \"123/QĐ-UBND\"\n  issued: 2024-05-10\n  authority: district", "certificate: \"123/QĐ-UBND\""), expect: ["content/products/banh-phong-tom.md:10:14: error [field.type]"]),
        MalformedCase("type-date-in-local-format", files: BasePage.with("issued: 2024-05-10", "issued: 10/05/2024"), expect: ["content/products/banh-phong-tom.md:12:11: error [field.invalid]"]),
        MalformedCase("type-score-as-text", files: BasePage.with("{A: 25, B: 15, C: 22}", "{A: 25, B: \"mười lăm\", C: 22}"), expect: ["content/products/banh-phong-tom.md:8:22: error [field.type]"]),
        MalformedCase("missing-required-field", files: BasePage.with("producer: \"Cơ sở Mai Sáu\"\n", ""), expect: ["content/products/banh-phong-tom.md:2:1: error [field.missing]"]),
        MalformedCase("empty-required-field", files: BasePage.with("name: \"Bánh phồng tôm Năm Căn\"", "name: \"  \""), expect: ["content/products/banh-phong-tom.md:2:1: error [field.missing]"]),
        MalformedCase("null-required-field", files: BasePage.with("district: nam-can", "district: ~"), expect: ["content/products/banh-phong-tom.md:4:1: error [field.missing]"]),
        MalformedCase("unknown-key", files: BasePage.with("producer:", "prodcuer:"), expect: [
            "content/products/banh-phong-tom.md:2:1: error [field.missing]",
            "content/products/banh-phong-tom.md:3:1: error [field.unknown]",
        ]),
        MalformedCase("duplicate-key", files: BasePage.with("stars: 3", "stars: 3\nname: \"Bánh khác\""), expect: ["content/products/banh-phong-tom.md:7:1: error [field.duplicate]"]),
        MalformedCase("duplicate-nested-key", files: BasePage.with("  issued: 2024-05-10", "  issued: 2024-05-10\n  number: \"456/QĐ-UBND\""), expect: ["content/products/banh-phong-tom.md:13:3: error [field.duplicate]"]),
        MalformedCase("nesting-100-deep-flow", files: BasePage.with("stars: 3", "stars: 3\ntags: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)), expect: ["content/products/banh-phong-tom.md:7:70: error [yaml.too-deep]"]),
        MalformedCase("nesting-100-deep-block", files: BasePage.with("stars: 3", "stars: 3\ncontact:\n" + (1...100).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n")), expect: ["content/products/banh-phong-tom.md:71:129: error [yaml.too-deep]"]),
        MalformedCase("page-of-2-mib", files: BasePage.body(String(repeating: "Bánh phồng tôm giòn rụm. ", count: 80_000)), expect: ["content/products/banh-phong-tom.md:1:1: error [source.too-large]"]),
        MalformedCase("value-of-500-kb", files: BasePage.with("name: \"Bánh phồng tôm Năm Căn\"", "name: \"" + String(repeating: "tôm ", count: 125_000) + "\""), expect: ["content/products/banh-phong-tom.md:2:7: error [field.invalid]"]),
        MalformedCase("list-of-30000-tags", files: BasePage.with("stars: 3", "stars: 3\ntags: [" + Array(repeating: "t", count: 30_000).joined(separator: ", ") + "]"), expect: ["content/products/banh-phong-tom.md:7:1: error [yaml.too-large]"]),
        MalformedCase("billion-laughs", files: BasePage.with("stars: 3", "stars: 3\n" + laughs + "tags: *l9"), expect: ["content/products/banh-phong-tom.md:11:1: error [yaml.too-large]"]),
        MalformedCase("binary-tag", files: BasePage.with("producer: \"Cơ sở Mai Sáu\"", "producer: !!binary Q8ahIHPhu58="), expect: ["content/products/banh-phong-tom.md:3:11: error [yaml.tag]"]),
        MalformedCase("custom-tag-with-anchor", files: BasePage.with("name: \"Bánh phồng tôm Năm Căn\"", "name: &n !local \"Bánh phồng tôm Năm Căn\""), expect: ["content/products/banh-phong-tom.md:2:7: error [yaml.tag]"]),
        MalformedCase("front-matter-is-a-list", files: BasePage.bytes("---\n- name: \"Bánh\"\n- producer: \"Cơ sở\"\n---\nMô tả.\n"), expect: ["content/products/banh-phong-tom.md:2:1: error [field.type]"]),
        MalformedCase("front-matter-is-a-scalar", files: BasePage.bytes("---\nBánh phồng tôm\n---\nMô tả.\n"), expect: ["content/products/banh-phong-tom.md:2:1: error [field.type]"]),
        MalformedCase("fence-only", files: BasePage.bytes("---\n"), expect: ["content/products/banh-phong-tom.md:1:1: error [frontmatter.unterminated]"]),
        MalformedCase("empty-front-matter", files: BasePage.bytes("---\n---\nMô tả.\n"), expect: ["content/products/banh-phong-tom.md:1:1: error [frontmatter.empty]"]),
        MalformedCase("no-front-matter", files: BasePage.bytes("Bánh phồng tôm làm từ tôm tươi.\n"), expect: ["content/products/banh-phong-tom.md:1:1: error [frontmatter.missing]"]),
        MalformedCase("empty-file", files: BasePage.bytes(""), expect: ["content/products/banh-phong-tom.md:1:1: error [source.empty]"]),
        MalformedCase("invalid-utf8", files: [page: Array("---\nname: \"B".utf8) + [0xC3, 0x28] + Array(BasePage.text.utf8.dropFirst(12))], expect: ["content/products/banh-phong-tom.md:2:9: error [source.invalid-utf8]"]),
        MalformedCase("saved-as-windows-1258", files: [page: BasePage.latin1Page()], expect: ["content/products/banh-phong-tom.md:2:9: error [source.invalid-utf8]"]),
        MalformedCase("saved-as-utf16", files: [page: [0xFF, 0xFE] + BasePage.text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }], expect: ["content/products/banh-phong-tom.md:1:1: error [source.invalid-utf8]"]),
        MalformedCase("nul-byte", files: BasePage.with("Cơ sở Mai Sáu", "Cơ sở\u{0}Mai Sáu"), expect: ["content/products/banh-phong-tom.md:3:17: error [source.control-character]"]),
        MalformedCase("terminal-escape-sequence", files: BasePage.with("Cơ sở Mai Sáu", "Cơ sở \u{1B}[2J\u{1B}]0;pwned\u{7} Mai Sáu"), expect: ["content/products/banh-phong-tom.md:3:18: error [source.control-character]"]),
        MalformedCase("line-separator", files: BasePage.with("producer: \"Cơ sở Mai Sáu\"", "producer: \"Cơ sở\u{2028}Mai Sáu\""), expect: ["content/products/banh-phong-tom.md:3:17: error [source.control-character]"]),
    ]

    /// Ten lists of ten aliases to the previous list: 10^9 strings once expanded.
    static let laughs = "l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n" + (1...9).map { i in
        "l\(i): &l\(i) [" + Array(repeating: "*l\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
    }.joined()
}
