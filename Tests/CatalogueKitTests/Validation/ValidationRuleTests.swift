import Foundation
import Testing
@testable import CatalogueKit

/// The passing side of each rule: valid pages give no findings and resolve as expected.
@Suite struct ValidationRuleTests {
    /// Checks one page made of `fields` and returns the validated catalogue and the codes found.
    private func run(_ fields: String, asOf: String = "2026-11-29", site extra: String = "", files: [String: String] = [:]) throws -> (Catalogue?, [String]) {
        var all = ["content/products/p.md": TemporarySite.page(fields)]
        all.merge(files) { $1 }
        let site = try TemporarySite(all)
        defer { site.remove() }
        if !extra.isEmpty { try site.write("content/site.yml", TemporarySite.siteYAML + "\n" + extra + "\n") }
        let result = site.check(asOf: asOf)
        return (result.catalogue, result.codes())
    }

    private func fields(_ replacements: [String: String]) -> String {
        var text = TemporarySite.validFields
        for (from, to) in replacements { text = text.replacingOccurrences(of: from, with: to) }
        return text
    }

    @Test func validPageGivesNoFindings() throws {
        let (catalogue, codes) = try run(TemporarySite.validFields)
        #expect(codes.isEmpty)
        let p = try #require(catalogue?.products.first)
        #expect(p.model.id == "qd148-2023")
        #expect(p.group.id == "food")
        #expect(p.total == 62)
        #expect(p.scores.map(\.part.max) == [40, 25, 35])
    }

    // Rule 1
    @Test(arguments: [("2023-02-23", "qd1048-2019"), ("2023-02-24", "qd148-2023"), ("2020-08-21", "qd1048-2019")])
    func modelInForceIsChosenByIssueDate(issued: String, model: String) throws {
        let page = fields(["2024-05-10": issued, "authority: district": "", "processed-animal-products": model == "qd148-2023" ? "processed-animal-products" : "processed-seafood",
                           "scores: {A: 25, B: 15, C: 22}": model == "qd148-2023" ? "scores: {A: 25, B: 15, C: 22}" : "scores: {A: 20, B: 15, C: 27}"])
        let (catalogue, codes) = try run(page, asOf: "2023-06-01")
        #expect(codes.isEmpty)
        #expect(catalogue?.products.first?.model.id == model)
    }

    @Test func givenModelInForceIsAccepted() throws {
        let (catalogue, codes) = try run(fields(["assessment:\n": "assessment:\n  model: qd148-2023\n"]))
        #expect(codes.isEmpty)
        #expect(catalogue?.products.count == 1)
    }

    // Rule 2
    @Test(arguments: [(3, "62", "district"), (4, "75", "province"), (5, "92", "central")])
    func certifiedStarsAreAccepted(stars: Int, total: String, authority: String) throws {
        let scores = ["62": "{A: 25, B: 15, C: 22}", "75": "{A: 30, B: 20, C: 25}", "92": "{A: 38, B: 24, C: 30}"][total]!
        let (_, codes) = try run(fields(["stars: 3": "stars: \(stars)", "{A: 25, B: 15, C: 22}": scores, "total: 62": "total: \(total)", "authority: district": "authority: \(authority)"]))
        #expect(codes.isEmpty)
    }

    // Rule 3
    @Test func decimalScoresAddUpAndTheTotalMayBeLeftOut() throws {
        let (catalogue, codes) = try run(fields(["{A: 25, B: 15, C: 22}": "{A: 25.25, B: 15.5, C: 21.75}", "  total: 62\n": ""]))
        #expect(codes.isEmpty)
        #expect(catalogue?.products.first?.total == 62.5)
    }

    // Rule 4
    @Test(arguments: [("69.99", 3), ("70", 4), ("89.99", 4), ("90", 5), ("100", 5)])
    func bandsAreHalfOpenWithAClosedTop(total: String, stars: Int) throws {
        let authority = stars == 3 ? "district" : stars == 4 ? "province" : "central"
        let (_, codes) = try run(fields(["scores: {A: 25, B: 15, C: 22}\n": "", "total: 62": "total: \(total)", "stars: 3": "stars: \(stars)", "authority: district": "authority: \(authority)"]))
        #expect(codes.isEmpty)
    }

    // Rule 5
    @Test func groupFollowsFromTheProductSet() throws {
        let (catalogue, _) = try run(fields(["processed-animal-products": "other-alcoholic"]))
        #expect(catalogue?.products.first?.group.id == "beverage")
        #expect(catalogue?.products.first?.productSet.name == "Đồ uống có cồn khác")
    }

    // Rule 6
    @Test(arguments: ["nam-can", "Năm Căn", "NĂM CĂN", "nam can", "Năm Căn".decomposedStringWithCanonicalMapping, "\"Nam-Can\""])
    func districtMatchesByIdOrNameIgnoringCaseAndDiacritics(_ written: String) throws {
        let (catalogue, codes) = try run(fields(["district: nam-can": "district: \(written)"]))
        #expect(codes.isEmpty)
        #expect(catalogue?.products.first?.district.id == "nam-can")
    }

    // Rule 7
    @Test func certificateIsValidThirtySixMonthsToTheDayBefore() throws {
        let (onLastDay, codes) = try run(TemporarySite.validFields, asOf: "2027-05-09")
        #expect(codes.isEmpty)
        #expect(onLastDay?.products.first?.certificate.validUntil == LocalDate(iso: "2027-05-09"))
        #expect(onLastDay?.products.first?.certificate.expired == false)
        let (nextDay, later) = try run(TemporarySite.validFields, asOf: "2027-05-10")
        #expect(later == ["certificate.expired"])
        #expect(nextDay?.products.first?.certificate.expired == true)
    }

    @Test func leapDayCertificatesEndAtTheEndOfFebruary() {
        #expect(LocalDate(iso: "2024-02-29")!.adding(months: 36).previousDay() == LocalDate(iso: "2027-02-27"))
        #expect(LocalDate(iso: "2024-03-01")!.adding(months: 36).previousDay() == LocalDate(iso: "2027-02-28"))
    }

    @Test func hiddenExpiredProductsLeaveTheSite() throws {
        let (catalogue, codes) = try run(TemporarySite.validFields, asOf: "2028-01-01", site: "expired: hide")
        #expect(codes == ["certificate.expired"])
        #expect(catalogue?.products.isEmpty == true)
        #expect(catalogue?.hiddenExpired.count == 1)
    }

    // Rule 8
    @Test func authorityIsDerivedWhenNotGiven() throws {
        let (catalogue, codes) = try run(fields(["  authority: district\n": ""]))
        #expect(codes.isEmpty)
        #expect(catalogue?.products.first?.certificate.authority == .district)
    }

    // Rule 9
    @Test func sameNameFromAnotherProducerIsAnotherProduct() throws {
        let other = TemporarySite.page(fields(["Cơ sở Mai Sáu": "Công ty Kiên Cường"]))
        let (catalogue, codes) = try run(TemporarySite.validFields, files: ["content/products/q.md": other])
        #expect(codes.isEmpty)
        #expect(catalogue?.products.map(\.slug) == ["p", "q"])
    }

    // Rule 10
    @Test func bundleImagesResolveBesideThePage() throws {
        let page = TemporarySite.page(TemporarySite.validFields + "images:\n  - {src: anh/goi.svg, alt: \"Gói bánh\"}\n", body: "Bánh.\n\n![Bánh chiên](chien.png)\n")
        let site = try TemporarySite(["content/products/banh/index.md": page, "content/products/banh/anh/goi.svg": "<svg/>", "content/products/banh/chien.png": "png"])
        defer { site.remove() }
        let result = site.check()
        #expect(result.codes().isEmpty)
        let images = try #require(result.catalogue?.products.first?.images)
        #expect(images.map(\.sourcePath) == ["content/products/banh/anh/goi.svg", "content/products/banh/chien.png"])
        #expect(images.map(\.outputName) == ["anh/goi.svg", "chien.png"])
        #expect(images.map(\.inBodyOnly) == [false, true])
    }

    @Test func builtInModelsAreValid() {
        var diagnostics: [Diagnostic] = []
        let models = ScoringModelLoader.decode(SourceText(path: BuiltinScoringModels.path, text: BuiltinScoringModels.yaml), into: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(models.map(\.id) == ["qd1048-2019", "qd148-2023"])
        #expect(models.map { $0.productSets.count } == [26, 26])
        #expect(models.map { $0.parts.map(\.max) } == [[35, 25, 40], [40, 25, 35]])
    }

    @Test func siteModelsAddToAndReplaceTheBuiltInOnes() throws {
        let yaml = BuiltinScoringModels.yaml.replacingOccurrences(of: "id: qd148-2023", with: "id: qd26-2026")
            .replacingOccurrences(of: "effective_from: 2023-02-24", with: "effective_from: 2026-05-22")
            .replacingOccurrences(of: "{from: 2023-02-24, to: 2025-07-05, stars: {3: district, 4: province, 5: central}}", with: "{from: 2026-05-22, to: 2026-05-22, stars: {3: province, 4: province, 5: central}}")
        let (catalogue, codes) = try run(fields(["2024-05-10": "2026-06-01", "authority: district": "authority: province"]), files: ["content/scoring-models.yml": yaml])
        #expect(codes.isEmpty)
        #expect(catalogue?.products.first?.model.id == "qd26-2026")
        #expect(catalogue?.models.models.map(\.id) == ["qd1048-2019", "qd148-2023", "qd26-2026"])
    }
}
