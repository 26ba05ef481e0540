import Foundation
import Testing
@testable import CatalogueKit

/// A description's HTML is let go after its page is written, and made again if asked for.
@Suite struct DeferredTextTests {
    /// Counts how often the text was made.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int { lock.withLock { count += 1; return count } }
        var value: Int { lock.withLock { count } }
    }

    @Test func releasedTextIsMadeAgainOnDemand() {
        let made = Counter()
        let text = DeferredText("<p>kept</p>", remaking: { "<p>made \(made.next())</p>" })
        #expect(text.text == "<p>kept</p>")
        #expect(made.value == 0)
        text.release()
        #expect(text.text == "<p>made 1</p>")
        #expect(text.text == "<p>made 1</p>", "made once, then kept")
        text.release()
        #expect(text.text == "<p>made 2</p>")
    }

    @Test func deferredTextIsMadeOnceWhateverTheThreads() {
        let made = Counter()
        let text = DeferredText(making: { "<p>\(made.next())</p>" })
        let seen = Array(0..<64).parallelMap { _ in text.text }
        #expect(Set(seen) == ["<p>1</p>"])
        #expect(made.value == 1)
    }

    /// A page read for a full build keeps its HTML, and can make it again from its file.
    @Test func aPageReadForABuildCanMakeItsDescriptionAgain() throws {
        let site = try TemporarySite(["content/products/banh.md": TemporarySite.page(body: "Bánh *giòn* thơm.\n")])
        defer { site.remove() }
        var timings = StageTimings()
        let prepared = Pipeline(project: site.project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!)).prepare(timings: &timings)
        let product = try #require(prepared.catalogue?.products.first)
        let html = product.descriptionHTML
        #expect(html.contains("<em>giòn</em>"))
        product.releaseDescriptionHTML()
        #expect(product.descriptionHTML == html)
    }
}
