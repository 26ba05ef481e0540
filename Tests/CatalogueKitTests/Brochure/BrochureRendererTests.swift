import Foundation
import Testing
@testable import CatalogueKit

/// The brochure as HTML: structure, print rules, embedded images and escaping.
@Suite struct BrochureRendererTests {
    static let picture = #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#

    /// The selection fixture, plus a bundle whose name, alt text and price try to break out of the markup.
    private func site() throws -> TemporarySite {
        var files = Dictionary(uniqueKeysWithValues: BrochureSelectionTests.items.map { ("content/products/\($0.slug).md", $0.page) })
        var risky = CatalogueFixture.Item(slug: "h", name: #"Mắm \"ngon\" <script>alert(1)</script> & co"#, producer: "HTX <b>H</b>", district: "dam-doi", stars: 3, issued: "2025-03-01")
        risky.extra = """
        images:
          - {src: pic.svg, alt: "Hũ mắm \\"H\\" <img src=x onerror=alert(1)>"}
        price: "50.000 đ <i>/ hũ</i>"
        contact: {phone: "0290 3000 999", website: "https://example.vn/?a=1&b=2"}
        """
        files["content/products/h/index.md"] = risky.page
        let site = try TemporarySite(files)
        try site.write("content/products/h/pic.svg", Self.picture)
        return site
    }

    private func brochure(_ site: TemporarySite, _ selection: BrochureSelection = BrochureSelection(), subtitle: String? = "Cà Mau, 5–9/12/2026") -> BrochureResult {
        Pipeline(project: site.project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!))
            .brochure(selection, title: "Hội chợ <OCOP> & \"bạn\"", subtitle: subtitle)
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func hasACoverContentsAndOneCardPerProductInOrder() throws {
        let site = try site()
        defer { site.remove() }
        let result = brochure(site)
        let html = try #require(result.html, "\(result.diagnostics.sorted.map { DiagnosticFormatter.text($0) }.joined())")
        let order = try #require(result.outcome?.products.map(\.slug))
        #expect(order == ["c", "d", "b", "f", "g", "h"])
        #expect(count("<section class=\"cover\"", in: html) == 1)
        #expect(html.contains("<h1 id=\"tieu-de\">Hội chợ &lt;OCOP&gt; &amp; &quot;bạn&quot;</h1>"))
        #expect(html.contains("<p class=\"cover-subtitle\">Cà Mau, 5–9/12/2026</p>"))
        #expect(html.contains("<span class=\"cover-figure\">6</span> sản phẩm"))
        #expect(html.contains("<span class=\"cover-figure\">3</span> huyện"))
        #expect(count("<article class=\"card", in: html) == 6)
        // The contents link to every card, district by district, in card order.
        let contents = try #require(html.range(of: "<nav class=\"contents\"")).lowerBound
        let main = try #require(html.range(of: "<main>")).lowerBound
        let links = html[contents..<main].components(separatedBy: "<li><a href=\"#sp-").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links == order)
        let cards = html[main...].components(separatedBy: "<article class=\"card\" id=\"sp-").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(cards == order)
        #expect(count("<section class=\"district\"", in: html) == 3)
    }

    @Test func isLaidOutForA4WithCardsThatNeverSplit() throws {
        let site = try site()
        defer { site.remove() }
        let html = try #require(brochure(site).html)
        let style = try #require(html.range(of: "<style>").flatMap { start in html.range(of: "</style>").map { String(html[start.upperBound..<$0.lowerBound]) } })
        #expect(style.contains("@page {"))
        #expect(style.contains("size: A4;"))
        #expect(style.contains("@page :first"))
        #expect(style.range(of: #"\.card \{[^}]*break-inside: avoid;"#, options: .regularExpression) != nil)
        #expect(style.range(of: #"\.district \{[^}]*break-before: page;"#, options: .regularExpression) != nil)
    }

    @Test func isSelfContained() throws {
        let site = try site()
        defer { site.remove() }
        let html = try #require(brochure(site).html)
        #expect(!html.contains("<link"))
        #expect(!html.contains("<script"))
        let sources = html.components(separatedBy: " src=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(sources == ["data:image/svg+xml;base64," + Data(Self.picture.utf8).base64EncodedString()])
        #expect(count("class=\"card-picture-none\"", in: html) == 6 - 1, "products without a picture show their stars")
    }

    @Test func escapesEverythingTheContentSupplies() throws {
        let site = try site()
        defer { site.remove() }
        let html = try #require(brochure(site).html)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>H</b>"))
        #expect(!html.contains("<i>/ hũ</i>"))
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("Mắm &quot;ngon&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(html.contains("alt=\"Hũ mắm &quot;H&quot; &lt;img src=x onerror=alert(1)&gt;\""))
        #expect(html.contains("https://example.vn/?a=1&amp;b=2"))
    }

    @Test func subtitleIsOptionalAndExpiredCardsSaySo() throws {
        let site = try site()
        defer { site.remove() }
        let html = try #require(brochure(site, BrochureSelection(districts: ["nam-can"], includeExpired: true), subtitle: nil).html)
        #expect(!html.contains("<p class=\"cover-subtitle\">"))
        #expect(html.contains("<title>Hội chợ &lt;OCOP&gt; &amp; &quot;bạn&quot;</title>"))
        #expect(count("<article class=\"card card-expired\"", in: html) == 1)
        #expect(html.contains("đã hết hạn ngày 14/06/2024"))
    }

    @Test func emptySelectionRendersNothing() throws {
        let site = try site()
        defer { site.remove() }
        let result = brochure(site, BrochureSelection(stars: try StarFilter(parsing: "1")))
        #expect(result.html == nil)
        #expect(result.outcome?.products.isEmpty == true)
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func refusesACatalogueWithErrors() throws {
        let site = try site()
        defer { site.remove() }
        try site.write("content/products/bad.md", TemporarySite.page(TemporarySite.validFields.replacingOccurrences(of: "stars: 3", with: "stars: 2")))
        let result = brochure(site)
        #expect(result.diagnostics.hasErrors)
        #expect(result.outcome == nil && result.html == nil)
    }

    @Test func missingBrochureTemplateIsAnError() throws {
        let site = try site()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/brochure/brochure.mustache"))
        let result = brochure(site)
        #expect(result.diagnostics.sorted.filter { $0.severity == .error }.map(\.code) == ["template.missing"])
        #expect(result.html == nil)
    }

    @Test func checkFindsMistakesInTheBrochureTemplates() throws {
        let site = try site()
        defer { site.remove() }
        #expect(!site.check().diagnostics.hasErrors)
        try site.write("templates/brochure/card.mustache", "<article>{{product_name}}</article>\n")
        #expect(site.check().codes().contains("template.missing-name"))
    }
}
