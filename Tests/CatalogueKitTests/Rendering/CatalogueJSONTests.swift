import Foundation
import Testing
@testable import CatalogueKit

/// `catalogue.json` is written product by product in one scratch writer, each object handed
/// to the file as soon as it is made: nothing of one product may leak into the next.
@Suite struct CatalogueJSONTests {
    @Test func aReusedScratchWritesWhatAFreshWriterWrites() throws {
        let catalogue = try CatalogueFixture.catalogue(CatalogueFixture.programmeItems)
        let site = catalogue.site
        let fresh = catalogue.products.map { product in
            var writer = JSONWriter(indent: true, capacity: 16)
            CatalogueJSON.writeFragment(product, site: site, into: &writer)
            return writer.bytes
        }
        // Every product after every other, in one scratch that already holds a longer document.
        for (i, first) in catalogue.products.enumerated() {
            for (j, second) in catalogue.products.enumerated() {
                var scratch = JSONWriter(indent: true, capacity: 16)
                CatalogueJSON.writeFragment(first, site: site, into: &scratch)
                let a = scratch.bytes
                CatalogueJSON.writeFragment(second, site: site, into: &scratch)
                let b = scratch.bytes
                #expect(a == fresh[i])
                #expect(b == fresh[j], "product \(second.slug) after \(first.slug)")
            }
        }
        #expect(Set(fresh).count == fresh.count)
    }

    @Test func theFileHoldsEachProductAtItsRange() throws {
        let catalogue = try CatalogueFixture.catalogue(CatalogueFixture.programmeItems)
        var bytes: [UInt8] = []
        var pieces = 0
        let layout = CatalogueJSON.encode(catalogue, reusing: { _ in nil }) { (piece: ArraySlice<UInt8>) in
            bytes += piece
            pieces += 1
        }
        let ranges = layout.ranges
        #expect(bytes.count == layout.count)
        // The frame's pieces around each product, and the products themselves.
        #expect(pieces == 2 * catalogue.products.count + 1)
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
