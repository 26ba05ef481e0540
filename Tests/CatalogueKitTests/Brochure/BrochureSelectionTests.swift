import Testing
@testable import CatalogueKit

/// Which products a brochure shows, in which order, and what it says when it shows none.
@Suite struct BrochureSelectionTests {
    /// The programme fixture (a and e expired) plus a 4★ rice spirit in Đầm Dơi, the only beverage.
    static let items = CatalogueFixture.programmeItems + [
        CatalogueFixture.Item(slug: "g", name: "Rượu G", producer: "HTX Rượu G", district: "dam-doi", stars: 4, issued: "2025-03-01", productSet: "white-liquor"),
    ]

    private func slugs(_ selection: BrochureSelection, site: String = "") throws -> [String] {
        try selection.select(from: CatalogueFixture.catalogue(Self.items, site: site)).products.map(\.slug)
    }

    private func outcome(_ selection: BrochureSelection) throws -> BrochureOutcome {
        try selection.select(from: CatalogueFixture.catalogue(Self.items))
    }

    @Test func withoutFiltersEveryValidProductInDistrictThenStarsThenNameOrder() throws {
        #expect(try slugs(BrochureSelection()) == ["c", "d", "b", "f", "g"])
        #expect(try slugs(BrochureSelection(includeExpired: true)) == ["c", "d", "e", "b", "a", "f", "g"])
    }

    @Test(arguments: ["nam-can", "Năm Căn", "NĂM CĂN", "nam can", "Nam Can"])
    func districtMatchesByIdOrNameWhateverTheCaseOrDiacritics(_ written: String) throws {
        #expect(try slugs(BrochureSelection(districts: [written])) == ["b", "f"])
    }

    @Test func repeatedDistrictWidensTheSelection() throws {
        #expect(try slugs(BrochureSelection(districts: ["nam-can", "Đầm Dơi"])) == ["b", "f", "g"])
    }

    @Test(arguments: [("3-4", ["d", "b", "f", "g"]), ("5", ["c"]), ("4,5", ["c", "b", "g"]), ("3,5", ["c", "d", "f"]), ("1-2", [])])
    func starsNarrowTheSelection(_ stars: String, _ expected: [String]) throws {
        #expect(try slugs(BrochureSelection(stars: StarFilter(parsing: stars))) == expected)
    }

    @Test(arguments: ["beverage", "Đồ uống", "do uong", "ĐỒ UỐNG"])
    func groupMatchesByIdOrName(_ written: String) throws {
        #expect(try slugs(BrochureSelection(groups: [written])) == ["g"])
    }

    @Test func productSetMatchesById() throws {
        #expect(try slugs(BrochureSelection(productSets: ["white-liquor"])) == ["g"])
        #expect(try slugs(BrochureSelection(productSets: ["sauces-liquid-condiments"])) == ["c", "d", "b", "f"])
    }

    @Test func producerMatchesPartOfTheNameWhateverTheCaseOrDiacritics() throws {
        #expect(try slugs(BrochureSelection(producers: ["cong ty b"])) == ["c", "d"])
        #expect(try slugs(BrochureSelection(producers: ["HTX"])) == ["b", "g"])
        #expect(try slugs(BrochureSelection(producers: ["hkd đ"])) == ["f"])
    }

    @Test func differentFiltersNarrowTogether() throws {
        #expect(try slugs(BrochureSelection(districts: ["nam-can"], stars: StarFilter(parsing: "3"))) == ["f"])
        #expect(try slugs(BrochureSelection(districts: ["nam-can"], stars: StarFilter(parsing: "3"), includeExpired: true)) == ["a", "f"])
        #expect(try slugs(BrochureSelection(districts: ["nam-can", "dam-doi"], stars: StarFilter(parsing: "4"), producers: ["htx"])) == ["b", "g"])
        #expect(try slugs(BrochureSelection(stars: StarFilter(parsing: "3-4"), groups: ["food"], producers: ["hkd"])) == ["f"])
    }

    @Test func productsASiteHidesForExpiryComeBackWithIncludeExpired() throws {
        #expect(try slugs(BrochureSelection(districts: ["tp-ca-mau"]), site: "expired: hide") == ["c", "d"])
        #expect(try slugs(BrochureSelection(districts: ["tp-ca-mau"], includeExpired: true), site: "expired: hide") == ["c", "d", "e"])
    }

    @Test func emptySelectionSaysWhatEachFilterMatchedAlone() throws {
        let result = try outcome(BrochureSelection(districts: ["Năm Căn"], stars: StarFilter(parsing: "5")))
        #expect(result.products.isEmpty)
        #expect(result.emptyExplanation == [
            "no product matches every filter: --district \"Năm Căn\" matched 2 products (and 1 expired), --stars 5 matched 1 product",
        ])
    }

    @Test func emptySelectionOfExpiredProductsSuggestsIncludeExpired() throws {
        let result = try outcome(BrochureSelection(districts: ["tp-ca-mau"], producers: ["HKD C"]))
        #expect(result.products.isEmpty)
        #expect(result.emptyExplanation == [
            "no product matches every filter: --district \"tp-ca-mau\" matched 2 products (and 1 expired), --producer \"HKD C\" matched none with a valid certificate (1 product expired)",
            "note: 1 product matches every filter but its certificate had lapsed by 29/11/2026; add --include-expired to include them",
        ])
    }

    @Test func namesThatAreNothingAreSaidSoWithAGuess() throws {
        let result = try outcome(BrochureSelection(districts: ["Nam Cann"], groups: ["beverages"], productSets: ["white-liqour"], producers: ["Không có"]))
        #expect(result.products.isEmpty)
        let line = try #require(result.emptyExplanation.first)
        #expect(line.contains("--district \"Nam Cann\" is not a district of site.yml; did you mean \"Năm Căn\"?"))
        #expect(line.contains("--group \"beverages\" is not a product group; did you mean \"beverage\"?"))
        #expect(line.contains("--product-set \"white-liqour\" is not a product set of the scoring models (`ocop models` lists them); did you mean \"white-liquor\"?"))
        #expect(line.contains("--producer \"Không có\" matched none"))
    }

    @Test(arguments: [("4", [4]), ("4,5", [4, 5]), ("3-4", [3, 4]), ("3-4,5", [3, 4, 5]), ("5, 3", [3, 5]), ("4-4", [4]), ("1-5", [1, 2, 3, 4, 5])])
    func starsAcceptOneAListOrARange(_ text: String, _ expected: [Int]) throws {
        #expect(try StarFilter(parsing: text).stars == Set(expected))
    }

    @Test(arguments: ["", "6", "0", "a", "4-", "-4", "5-3", "3--4", "4,,5", "34", "3-4-5", "4.5", "٤"])
    func malformedStarsAreRefused(_ text: String) {
        #expect(throws: StarFilter.SyntaxError(text: text)) { try StarFilter(parsing: text) }
    }
}
