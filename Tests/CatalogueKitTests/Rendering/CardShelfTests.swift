import Testing
@testable import CatalogueKit
@testable import Templating

@Suite struct CardShelfTests {
    /// Cards are made when first shown, from any thread, and every page after that gets the
    /// very same one (its kept renders are what lists reuse).
    @Test func eachCardIsMadeOnceAndSharedAcrossThreads() throws {
        let catalogue = try CatalogueFixture.catalogue(CatalogueFixture.programmeItems)
        let shelf = CardShelf(products: catalogue.products, parts: CardParts(site: catalogue.site, models: catalogue.models))
        // Every card asked for many times at once, from both ends of the catalogue.
        let indices = Array((0..<16).flatMap { round in round % 2 == 0 ? Array(catalogue.products.indices) : catalogue.products.indices.reversed() })
        let boxes = indices.parallelMap { index -> SharedValue? in
            guard case .shared(let box) = shelf[index] else { return nil }
            return box
        }
        var first: [Int: SharedValue] = [:]
        for (index, box) in zip(indices, boxes) {
            let box = try #require(box, "card \(index) is not shared")
            if let earlier = first[index] { #expect(earlier === box, "card \(index) was made twice") } else { first[index] = box }
        }
        #expect(first.count == catalogue.products.count)
        for (index, product) in catalogue.products.enumerated() {
            #expect(first[index]?.value == ProductValues.card(product), "\(product.slug)")
        }
    }
}
