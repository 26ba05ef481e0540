import Testing
@testable import CatalogueKit

@Suite struct ExcerptTests {
    @Test func shortTextIsKeptWhole() {
        #expect(Excerpt.of("Tôm khô Rạch Gốc.") == "Tôm khô Rạch Gốc.")
    }

    @Test func longTextIsCutAtAWordWithAnEllipsis() {
        let text = String(repeating: "Bánh phồng tôm Năm Căn giòn thơm, ", count: 10)
        let excerpt = Excerpt.of(text)
        #expect(excerpt.unicodeScalars.count <= Excerpt.limit)
        #expect(excerpt.hasSuffix("…"))
        #expect(!excerpt.dropLast().hasSuffix(" ") && !excerpt.dropLast().hasSuffix(","))
        #expect(text.hasPrefix(String(excerpt.dropLast())))
    }

    @Test func aSingleLongWordIsCutAtTheLimit() {
        let excerpt = Excerpt.of(String(repeating: "ằ", count: 400))
        #expect(excerpt.unicodeScalars.count == Excerpt.limit)
    }
}
