/// `content/site.yml` and `content/scoring-models.yml`.
extension MalformedCase {
    static let siteFile = "content/site.yml"

    static func site(_ text: String) -> [String: [UInt8]] { [siteFile: Array(text.utf8)] }

    /// The base `site.yml` with one replacement.
    static func site(_ old: String, _ new: String) -> [String: [UInt8]] {
        site(BasePage.replacing(old, with: new, in: TemporarySite.siteYAML + "\n"))
    }

    static func models(_ text: String) -> [String: [UInt8]] { ["content/scoring-models.yml": Array(text.utf8)] }

    static let siteFiles: [MalformedCase] = [
        MalformedCase("site-missing", removed: [siteFile], expect: ["content/site.yml:1:1: error [site.missing]"]),
        MalformedCase("site-empty", files: site(""), expect: ["content/site.yml:1:1: error [site.empty]"]),
        MalformedCase("site-is-a-list", files: site("- title: \"OCOP\"\n- base_url: \"https://example.org/\"\n"), expect: ["content/site.yml:1:1: error [field.type]"]),
        MalformedCase("site-base-url-javascript", files: site("base_url: \"https://example.org/\"", "base_url: \"javascript:alert(1)//\""), expect: ["content/site.yml:2:11: error [site.base-url]"]),
        MalformedCase("site-base-url-with-markup", files: site("base_url: \"https://example.org/\"", "base_url: 'https://example.org/\"><script>alert(1)</script>/'"), expect: ["content/site.yml:2:11: error [site.base-url]"]),
        MalformedCase("site-base-url-without-host", files: site("base_url: \"https://example.org/\"", "base_url: \"https:///\""), expect: ["content/site.yml:2:11: error [site.base-url]"]),
        MalformedCase("site-base-url-without-slash", files: site("base_url: \"https://example.org/\"", "base_url: \"https://example.org\""), expect: ["content/site.yml:2:11: error [site.base-url]"]),
        MalformedCase("site-duplicate-district-id", files: site("{id: dam-doi, name: \"Đầm Dơi\"}", "{id: nam-can, name: \"Đầm Dơi\"}"), expect: ["content/site.yml:6:10: error [site.duplicate-district]"]),
        MalformedCase("site-duplicate-district-name-nfd", files: site("{id: dam-doi, name: \"Đầm Dơi\"}", "{id: dam-doi, name: \"Đầm Dơi\"}\n  - {id: dam-doi-2, name: \"\("Đầm Dơi".decomposedStringWithCanonicalMapping)\"}"), expect: ["content/site.yml:7:10: error [site.duplicate-district]"]),
        MalformedCase("site-district-id-climbs-out", files: site("{id: dam-doi,", "{id: \"../../etc\","), expect: ["content/site.yml:6:10: error [site.district-id]"]),
        MalformedCase("site-bad-language", files: site("title:", "language: \"vi\\\"><script>\"\ntitle:"), expect: ["content/site.yml:1:11: error [field.invalid]"]),
        MalformedCase("site-per-page-zero", files: site("title:", "per_page: 0\ntitle:"), expect: ["content/site.yml:1:11: error [field.invalid]"]),
        MalformedCase("site-per-page-overflow", files: site("title:", "per_page: 99999999999999999999\ntitle:"), expect: ["content/site.yml:1:11: error [field.type]"]),
        MalformedCase("site-expired-unknown", files: site("title:", "expired: sometimes\ntitle:"), expect: ["content/site.yml:1:10: error [field.invalid]"]),
        MalformedCase("site-districts-not-a-list", files: site("districts:\n  - {id: tp-ca-mau, name: \"Thành phố Cà Mau\"}\n  - {id: nam-can, name: \"Năm Căn\"}\n  - {id: dam-doi, name: \"Đầm Dơi\"}", "districts: nam-can"), expect: ["content/site.yml:3:12: error [field.type]"]),
        MalformedCase("site-billion-laughs", files: site("title:", laughs + "description: *l9\ntitle:"), expect: ["content/site.yml:5:1: error [yaml.too-large]"]),
        MalformedCase("site-invalid-utf8", files: [siteFile: Array("title: \"S".utf8) + [0xE1] + Array("n phẩm\"\n".utf8)], expect: ["content/site.yml:1:10: error [source.invalid-utf8]"]),
        MalformedCase("site-max-output-too-small", files: site("title:", "max_output_bytes: 10\ntitle:"), expect: ["content/site.yml:1:19: error [field.invalid]"]),
        MalformedCase("output-over-max-output-bytes",
                      files: site("title:", "max_output_bytes: 1048576\ntitle:").merging(image("lon.png")) { $1 }
                        .merging(["content/lon.png": Array(repeating: 0x89, count: 3 << 19)]) { $1 },
                      expect: ["content/site.yml:1:1: error [output.too-large]"]),
        MalformedCase("models-not-a-mapping", files: models("- id: qd148-2023\n"), expect: ["content/scoring-models.yml:1:1: error [field.type]"]),
        MalformedCase("models-schema-version", files: models("schema_version: 2\nmodels: []\n"), expect: ["content/scoring-models.yml:1:17: error [models.schema-version]"]),
        MalformedCase("models-unknown-key", files: models("schema_version: 1\nmodles: []\n"), expect: [
            "content/scoring-models.yml:1:1: error [field.missing]",
            "content/scoring-models.yml:2:1: error [field.unknown]",
        ]),
        MalformedCase("models-deep-nesting", files: models("models: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n"), expect: ["content/scoring-models.yml:1:72: error [yaml.too-deep]"]),
    ]
}
