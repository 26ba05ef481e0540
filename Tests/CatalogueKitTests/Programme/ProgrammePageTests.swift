import Foundation
import Testing
@testable import CatalogueKit

/// The dashboard as a page of the built site.
@Suite struct ProgrammePageTests {
    private func build(site extra: String, removing template: String? = nil) throws -> (TemporarySite, BuildResult) {
        let items = CatalogueFixture.programmeItems
        let site = try TemporarySite(Dictionary(uniqueKeysWithValues: items.map { ("content/products/\($0.slug).md", $0.page) }))
        try site.write("content/site.yml", TemporarySite.siteYAML + "\n" + extra + "\n")
        if let template { try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/\(template)")) }
        let result = Pipeline(project: site.project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!)).build()
        return (site, result)
    }

    private func read(_ site: TemporarySite, _ path: String) throws -> String {
        try String(contentsOf: site.root.appendingPathComponent("public/\(path)"), encoding: .utf8)
    }

    @Test func showsTargetsChartsAndTablesWithTheFixtureFigures() throws {
        let (site, result) = try build(site: ProgrammeStatisticsTests.programme)
        defer { site.remove() }
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.map { DiagnosticFormatter.text($0) }.joined())")
        let page = try read(site, "programme/index.html")
        #expect(page.contains("<strong>4</strong> / 10 sản phẩm <span class=\"goal-percent\">40%</span>"))
        #expect(page.contains("<strong>3</strong> / 2 sản phẩm <span class=\"goal-percent\">150%</span>"))
        #expect(page.contains("style=\"width: 100%\""), "a passed target fills the bar, no more")
        #expect(page.contains("class=\"progress-baseline\" style=\"left: 30%\""), "baseline 3 of a target of 10")
        #expect(page.components(separatedBy: "role=\"img\" aria-labelledby=").count - 1 == 2)
        #expect(page.components(separatedBy: "<table class=\"data-table\">").count - 1 == 3)
        #expect(page.contains("<tr><th scope=\"row\">Đầm Dơi</th><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"), "a district without products, not linked")
        #expect(page.contains("<tr><th scope=\"row\">2023</th><td>0</td><td>2</td></tr>"))
        #expect(try read(site, "index.html").contains("href=\"programme/index.html\">Chương trình</a>"))
        #expect(try read(site, "sitemap.xml").contains("https://example.org/programme/"))
    }

    @Test func siteWithoutAProgrammeHasNoDashboardAndNeedsNoTemplate() throws {
        let (site, result) = try build(site: "", removing: "programme.mustache")
        defer { site.remove() }
        #expect(!result.diagnostics.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/programme").path))
        #expect(try !read(site, "index.html").contains("Chương trình</a>"))
    }

    @Test func programmeWithoutItsTemplateIsReported() throws {
        let (site, result) = try build(site: ProgrammeStatisticsTests.programme, removing: "programme.mustache")
        defer { site.remove() }
        #expect(result.diagnostics.sorted.map(\.code) .contains("template.missing"))
    }

    @Test func programmeWithOnlyABaselineStillRenders() throws {
        let (site, result) = try build(site: "programme:\n  baseline: {period: \"2018–2020\", products: 3}")
        defer { site.remove() }
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.map { DiagnosticFormatter.text($0) }.joined())")
        let page = try read(site, "programme/index.html")
        #expect(!page.contains("class=\"goals\""))
        #expect(page.contains("<svg"))
    }
}
