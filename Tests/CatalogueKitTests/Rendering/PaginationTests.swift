import Foundation
import Testing
@testable import CatalogueKit

/// The pager links the first and last pages and a window around the current one, so a list of
/// hundreds of pages does not link every page from each of them.
@Suite struct PaginationTests {
    private func shown(_ page: Int, of count: Int) -> [Int?] {
        Pagination(page: page, pageCount: count, range: 0..<0).shownPages()
    }

    @Test func shortListsShowEveryPage() {
        #expect(shown(1, of: 1) == [1])
        #expect(shown(1, of: 5) == [1, 2, 3, 4, 5])
        #expect(shown(5, of: 5) == [1, 2, 3, 4, 5])
    }

    @Test func longListsShowTheEndsAndAWindow() {
        #expect(shown(1, of: 7) == [1, 2, 3, nil, 7])
        #expect(shown(4, of: 208) == [1, 2, 3, 4, 5, 6, nil, 208])
        #expect(shown(50, of: 208) == [1, nil, 48, 49, 50, 51, 52, nil, 208])
        #expect(shown(208, of: 208) == [1, nil, 206, 207, 208])
    }

    @Test func onePageIsTheSameAsThatPageOfAll() {
        for count in [0, 1, 47, 48, 49, 500] {
            let all = Pagination.pages(count: count, perPage: 48)
            for (index, page) in all.enumerated() {
                #expect(Pagination.page(index + 1, count: count, perPage: 48) == page)
            }
            // Out of range, it is the nearest page there is.
            #expect(Pagination.page(0, count: count, perPage: 48) == all.first)
            #expect(Pagination.page(all.count + 3, count: count, perPage: 48) == all.last)
        }
    }

    @Test func everyWindowIsOrderedAndEveryGapHidesTwoPagesOrMore() {
        for count in 1...40 {
            for page in 1...count {
                let pages = shown(page, of: count)
                let numbers = pages.compactMap { $0 }
                #expect(numbers.first == 1 && numbers.last == count && numbers.contains(page))
                #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 })
                #expect(pages.count <= 9)
                for (index, entry) in pages.enumerated() where entry == nil {
                    let before = pages[index - 1]!, after = pages[index + 1]!
                    #expect(after - before >= 3, "page \(page) of \(count): \(pages)")
                }
                for (before, after) in zip(pages, pages.dropFirst()) {
                    if let before, let after { #expect(after == before + 1, "page \(page) of \(count): \(pages)") }
                }
            }
        }
    }

    /// Twelve products, one per page.
    private func longList() throws -> TemporarySite {
        var files = ["content/site.yml": TemporarySite.siteYAML + "\nper_page: 1\n"]
        for n in 1...12 {
            files["content/products/banh-\(n).md"] = TemporarySite.page(
                TemporarySite.validFields.replacingOccurrences(of: "Bánh phồng tôm Năm Căn", with: "Bánh phồng tôm số \(n)"))
        }
        return try TemporarySite(files)
    }

    private func build(_ site: TemporarySite) -> BuildResult {
        Pipeline(project: site.project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!)).build()
    }

    @Test func theBuiltPagerLinksTheWindowAndMarksTheGaps() throws {
        let site = try longList()
        defer { site.remove() }
        let result = build(site)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.map(\.message))")
        let html = try String(contentsOf: site.root.appendingPathComponent("public/products/page/6/index.html"), encoding: .utf8)
        let pager = String(html[html.range(of: "<nav class=\"pagination\"")!.lowerBound...])
        let links = pager.matches(of: /<li><a href="[^"]*">(\d+)<\/a><\/li>/).map { Int($0.1)! }
        #expect(links == [1, 4, 5, 7, 8, 12])
        #expect(pager.contains("<li><span aria-current=\"page\">6</span></li>"))
        #expect(pager.components(separatedBy: "<li class=\"page-gap\">…</li>").count - 1 == 2)
        #expect(!pager.contains("\n    \n"), "no blank line where a gap or a number is left out")
    }

    /// A pager written for the full list of numbers would print each gap as an empty link; the
    /// gap's missing `current` stops the build (and `check`) at that template instead.
    @Test func aPagerThatKnowsNoGapsFailsLoudly() throws {
        let site = try longList()
        defer { site.remove() }
        try site.write("templates/partials/pagination.mustache", """
        {{#pagination.pages}}
        <li>{{#current}}<span aria-current="page">{{number}}</span>{{/current}}{{^current}}<a href="{{root}}{{url}}">{{number}}</a>{{/current}}</li>
        {{/pagination.pages}}
        """)
        let built = build(site).diagnostics.sorted.filter { $0.location?.path.hasSuffix("pagination.mustache") == true }
        #expect(built.map(\.code) == ["template.missing-name"])
        #expect(built.first?.message.contains("'current'") == true)
        #expect(site.check().diagnostics.sorted.contains { $0.code == "template.missing-name" })
    }
}
