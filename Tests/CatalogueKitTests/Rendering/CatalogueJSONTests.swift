import Foundation
import Testing
@testable import CatalogueKit

/// `catalogue.json` is written product by product in a scratch writer that each thread reuses:
/// nothing of one product may leak into the next.
@Suite struct CatalogueJSONTests {
    @Test func aReusedScratchWritesWhatAFreshWriterWrites() throws {
        let catalogue = try CatalogueFixture.catalogue(CatalogueFixture.programmeItems)
        let site = catalogue.site
        let fresh = catalogue.products.map { product in
            var writer = JSONWriter(indent: true, capacity: 16)
            return CatalogueJSON.fragment(product, site: site, scratch: &writer)
        }
        // Every product after every other, in one scratch that already holds a longer document.
        for (i, first) in catalogue.products.enumerated() {
            for (j, second) in catalogue.products.enumerated() {
                var scratch = JSONWriter(indent: true, capacity: 16)
                let a = CatalogueJSON.fragment(first, site: site, scratch: &scratch)
                let b = CatalogueJSON.fragment(second, site: site, scratch: &scratch)
                #expect(a == fresh[i])
                #expect(b == fresh[j], "product \(second.slug) after \(first.slug)")
            }
        }
        #expect(Set(fresh).count == fresh.count)
    }

    @Test func theFileHoldsEachProductAtItsRange() throws {
        let catalogue = try CatalogueFixture.catalogue(CatalogueFixture.programmeItems)
        let encoded = CatalogueJSON.encode(catalogue, reusing: { _ in nil })
        let (bytes, ranges) = (encoded.bytes, encoded.ranges)
        #expect(bytes.count == encoded.count)
        let file = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let products = try #require(file["products"] as? [[String: Any]])
        #expect(products.map { $0["slug"] as? String } == catalogue.products.map(\.slug))
        #expect(ranges.count == catalogue.products.count)
        for (range, product) in zip(ranges, catalogue.products) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes[range])) as? [String: Any])
            #expect(object["slug"] as? String == product.slug)
            #expect(object["name"] as? String == product.name)
        }
    }
}
