import Testing
@testable import CatalogueKit

@Suite struct NewestProductsTests {
    /// Twelve products over five days, most days shared, in an order that is neither by date nor by slug.
    static let items: [CatalogueFixture.Item] = zip(["k", "c", "h", "a", "l", "e", "b", "j", "f", "d", "i", "g"],
                                                    ["2024-03-01", "2025-06-30", "2024-03-01", "2023-01-09", "2025-06-30", "2024-03-01",
                                                     "2022-12-31", "2025-06-30", "2023-01-09", "2024-03-01", "2022-12-31", "2025-07-01"])
        .map { slug, issued in
            CatalogueFixture.Item(slug: slug, name: "Mắm \(slug)", producer: "HTX \(slug)", district: "nam-can", stars: 3, issued: issued)
        }

    @Test func isTheStartOfTheFullOrderForEveryCount() throws {
        let catalogue = try CatalogueFixture.catalogue(Self.items)
        let products = catalogue.products
        let full = products.indices.sorted {
            let a = products[$0].certificate.issued, b = products[$1].certificate.issued
            return a != b ? a > b : products[$0].slug < products[$1].slug
        }
        for count in 0...(products.count + 2) {
            #expect(catalogue.newestProducts(count) == Array(full.prefix(count)), "count \(count)")
        }
    }

    @Test func newestComeFirstAndSameDayGoesBySlug() throws {
        let catalogue = try CatalogueFixture.catalogue(Self.items)
        let slugs = catalogue.newestProducts(6).map { catalogue.products[$0].slug }
        #expect(slugs == ["g", "c", "j", "l", "d", "e"])
    }
}
