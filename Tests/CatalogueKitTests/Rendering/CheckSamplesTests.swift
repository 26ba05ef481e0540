import Foundation
import Testing
@testable import CatalogueKit

/// `check` renders samples, not the whole site: they must still reach every shape of value a
/// template meets, or a mistake would pass `check` and fail the build.
@Suite struct CheckSamplesTests {
    private func sitemapFindings(_ template: String) throws -> [String] {
        let site = try TemporarySite(["content/products/mam-ruoc.md": TemporarySite.page()])
        defer { site.remove() }
        let original = try String(contentsOf: site.root.appendingPathComponent("templates/sitemap.xml.mustache"), encoding: .utf8)
        try site.write("templates/sitemap.xml.mustache", original.replacingOccurrences(of: "{{#urls}}", with: "{{#urls}}" + template))
        return site.check().diagnostics.sorted.filter { $0.location?.path.hasSuffix("sitemap.xml.mustache") == true }.map(\.code)
    }

    @Test func theSitemapSampleHoldsProductEntries() throws {
        #expect(try sitemapFindings("{{#lastmod}}{{no_such_name}}{{/lastmod}}") == ["template.missing-name"])
    }

    @Test func theSitemapSampleHoldsEntriesOfOtherPages() throws {
        #expect(try sitemapFindings("{{^lastmod}}{{no_such_name}}{{/lastmod}}") == ["template.missing-name"])
    }

    @Test func aSitemapWithoutMistakesHasNoFinding() throws {
        #expect(try sitemapFindings("{{#lastmod}}{{lastmod}}{{/lastmod}}") == [])
    }
}
