import Foundation
import Testing
@testable import CatalogueKit

/// Markup, script URLs and Mustache tags in every field an editor writes, in a page and in
/// `site.yml`: the site builds, and no page, feed, sitemap, open-data file or brochure carries
/// any of it live. The output is read with real HTML, XML and JSON parsers (`HTMLAudit`).
@Suite struct InjectionTests {
    static let script = "<script>alert(1)</script>"
    static let attribute = "\"><img src=x onerror=alert(1)>"
    static let mustache = "{{site.title}}{{{description_html}}}{{>partials/header}}{{#products}}"
    /// All of it, in one value (single-quoted YAML keeps `"`, `\` and `{` as they are).
    static func hostile(_ label: String) -> String { "\(label) \(script)\(attribute) javascript:alert(1) \(mustache)" }
    static func yaml(_ label: String) -> String { "'\(hostile(label))'" }

    /// An image file whose very name tries to close the `src` attribute.
    static let imageName = "\"><svg onload=alert(1)>.svg"

    static var page: String {
        """
        ---
        name: \(yaml("Tên"))
        producer: \(yaml("Chủ thể"))
        district: nam-can
        commune: \(yaml("Xã"))
        product_set: processed-animal-products
        stars: 3
        certificate:
          number: \(yaml("Số"))
          issued: 2024-05-10
          authority: district
        images:
          - src: '\(imageName)'
            alt: \(yaml("Ảnh"))
        price: \(yaml("Giá"))
        contact:
          phone: '0290"><script>alert(1)</script>{{x}}'
          email: "a+{{site.title}}@example.vn"
          website: 'https://example.vn/?q="><script>alert(1)</script>&x={{site.title}}'
          address: \(yaml("Địa chỉ"))
        tags: [\(yaml("thẻ")), '{{.}}', '<b>đậm</b>']
        ---
        \(hostile("Mô tả")) [liên kết](javascript:alert(1)) ![ảnh](javascript:alert(1))

        <script>alert(2)</script>

        <a href="javascript:alert(3)" onclick="alert(4)">x</a> <img src=x onerror=alert(5)>

        """
    }

    static var siteYAML: String {
        """
        title: \(yaml("Trang"))
        description: \(yaml("Mô tả trang"))
        base_url: "https://example.org/"
        districts:
          - {id: nam-can, name: \(yaml("Năm Căn"))}
          - {id: dam-doi, name: \(yaml("Đầm Dơi"))}
        programme:
          target: {period: \(yaml("Giai đoạn")), products: 10, five_star: 1, three_to_four_star: 5, organisations: 3}
          baseline: {period: \(yaml("Cơ sở")), products: 2, four_star: 1}
        """
    }

    @Test func noHostileValueIsLiveAnywhereInTheSite() throws {
        let site = try TemporarySite([
            "content/site.yml": Self.siteYAML,
            "content/products/banh-doc/index.md": Self.page,
            "content/products/banh-doc/\(Self.imageName)": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ], base: false)
        defer { site.remove() }
        let pipeline = Pipeline(project: site.project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!))
        let result = pipeline.build()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.map { DiagnosticFormatter.text($0) }.joined())")
        // What the safe Markdown mode dropped is reported where it was written.
        #expect(result.diagnostics.items.filter { $0.code == "markdown.raw-html" }.count >= 3)
        #expect(result.diagnostics.items.filter { $0.code == "markdown.unsafe-link" }.count == 2)

        let output = site.root.appendingPathComponent("public")
        let brochure = try #require(pipeline.brochure(BrochureSelection(), title: Self.hostile("Hội chợ"), subtitle: Self.hostile("Cà Mau")).html)
        try Data(brochure.utf8).write(to: output.appendingPathComponent("brochure.html"))
        let findings = try HTMLAudit.findings(in: output)
        #expect(findings.isEmpty, "\(findings.joined(separator: "\n"))")

        // The values arrive as text, whole: escaped in HTML, exact in the open data.
        let page = try String(contentsOf: output.appendingPathComponent("products/banh-doc/index.html"), encoding: .utf8)
        #expect(page.contains("{{site.title}}{{{description_html}}}{{&gt;partials/header}}{{#products}}"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("catalogue.json"))) as? [String: Any]
        let products = try #require(json?["products"] as? [[String: Any]])
        #expect(products.first?["name"] as? String == Self.hostile("Tên"))
    }

    @Test func aScriptURLIsNotAWebsite() throws {
        let page = Self.page.replacingOccurrences(of: "website: 'https://example.vn/?q=", with: "website: 'javascript:alert(1)//")
        let site = try TemporarySite(["content/products/banh-doc/index.md": page,
                                      "content/products/banh-doc/\(Self.imageName)": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"])
        defer { site.remove() }
        let result = site.check()
        #expect(result.codes().contains("contact.invalid-website"))
    }

    @Test func rawHTMLIsKeptOnlyWhenTheSiteTrustsItsAuthors() throws {
        let site = try TemporarySite(["content/products/banh.md": TemporarySite.page(body: "Giòn <em>ngon</em>.\n\n<div class=\"hop\">hộp</div>\n")])
        defer { site.remove() }
        let pipeline = Pipeline(project: site.project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!))
        let page = site.root.appendingPathComponent("public/products/banh/index.html")
        #expect(!pipeline.build().diagnostics.hasErrors)
        var html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("<em>ngon</em>") && !html.contains("<div class=\"hop\">"))
        try site.write("content/site.yml", TemporarySite.siteYAML + "\nunsafe_html: true\n")
        #expect(!pipeline.build().diagnostics.hasErrors)
        html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<em>ngon</em>") && html.contains("<div class=\"hop\">"))
    }
}
