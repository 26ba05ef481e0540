import Testing
@testable import CatalogueKit
@testable import Templating

@Suite struct CardPartsTests {
    @Test func sharedPartsMakeTheSameCards() throws {
        let catalogue = try CatalogueFixture.catalogue(CatalogueFixture.programmeItems)
        let parts = CardParts(site: catalogue.site, models: catalogue.models)
        for product in catalogue.products {
            #expect(ProductValues.card(product, parts: parts) == ProductValues.card(product), "\(product.slug)")
        }
    }

    @Test func productsOfOneDistrictShareItsObject() throws {
        let catalogue = try CatalogueFixture.catalogue(CatalogueFixture.programmeItems)
        let parts = CardParts(site: catalogue.site, models: catalogue.models)
        let namCan = catalogue.products.filter { $0.district.id == "nam-can" }
        #expect(namCan.count == 3)
        let storages = namCan.map { product -> TemplateObjectStorage? in
            guard case .object(let card) = ProductValues.card(product, parts: parts), case .object(let district)? = card["district"] else { return nil }
            return district.storage
        }
        let first = try #require(storages.first ?? nil)
        #expect(storages.allSatisfy { $0 === first })
        // Without shared parts each card makes its own.
        guard case .object(let card) = ProductValues.card(namCan[0]), case .object(let own)? = card["district"] else {
            Issue.record("no district object"); return
        }
        #expect(own.storage !== first)
    }

    @Test func aPartTheCatalogueDoesNotKnowKeepsItsOwnWords() throws {
        let catalogue = try CatalogueFixture.catalogue(CatalogueFixture.programmeItems)
        let parts = CardParts(site: catalogue.site, models: catalogue.models)
        let known = try #require(catalogue.models.models.first?.groups.first)
        var renamed = known
        renamed.name = "Tên khác"
        guard case .object(let group) = parts.group(renamed), case .object(let original) = parts.group(known) else {
            Issue.record("groups are objects"); return
        }
        #expect(group["name"] == .string("Tên khác"))
        #expect(group["id"] == .string(known.id))
        #expect(original["name"] == .string(known.name))
        var set = try #require(catalogue.models.models.first?.productSets.first)
        set.number += 100
        guard case .object(let other) = parts.productSet(set) else { Issue.record("sets are objects"); return }
        #expect(other["number"] == .integer(set.number))
    }
}
