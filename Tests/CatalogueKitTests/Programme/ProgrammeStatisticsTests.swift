import Testing
@testable import CatalogueKit

/// The dashboard's figures on a fixture catalogue whose every count is known.
@Suite struct ProgrammeStatisticsTests {
    static let programme = """
    programme:
      target: {period: "2021–2025", products: 10, five_star: 1, three_to_four_star: 2, organisations: 8}
      baseline: {period: "2018–2020", products: 3, four_star: 1}
    """

    @Test func countsValidCertificatesByStar() throws {
        let s = ProgrammeStatistics(try CatalogueFixture.catalogue(CatalogueFixture.programmeItems))
        #expect(s.valid.byStars == [3: 2, 4: 1, 5: 1])
        #expect(s.valid.total == 4)
        #expect(s.valid.threeToFour == 3)
        #expect(s.expired == 2)
    }

    @Test func countsCertificationsPerYearWithARunningTotalAndNoGaps() throws {
        let s = ProgrammeStatistics(try CatalogueFixture.catalogue(CatalogueFixture.programmeItems))
        #expect(s.years.map(\.year) == [2021, 2022, 2023, 2024, 2025])
        #expect(s.years.map(\.certified) == [1, 1, 0, 2, 2])
        #expect(s.years.map(\.cumulative) == [1, 2, 2, 4, 6])
    }

    @Test func listsEveryDistrictInSiteOrderIncludingOnesWithoutProducts() throws {
        let s = ProgrammeStatistics(try CatalogueFixture.catalogue(CatalogueFixture.programmeItems))
        #expect(s.districts.map(\.district.id) == ["tp-ca-mau", "nam-can", "dam-doi"])
        #expect(s.districts.map { $0.valid.byStars } == [[3: 1, 5: 1], [3: 1, 4: 1], [:]])
        #expect(s.districts.map(\.expired) == [1, 1, 0])
        #expect(s.districts.map(\.total) == [3, 3, 0])
        #expect(s.starSeries == [3, 4, 5])
    }

    @Test func countsProducersOnceWhateverTheCaseOrDiacritics() throws {
        let s = ProgrammeStatistics(try CatalogueFixture.catalogue(CatalogueFixture.programmeItems))
        #expect(s.producers == 4)
    }

    @Test func productsHiddenForExpiryStillCountAsExpiredAndInTheirYear() throws {
        let catalogue = try CatalogueFixture.catalogue(CatalogueFixture.programmeItems, site: "expired: hide")
        #expect(catalogue.products.count == 4)
        let s = ProgrammeStatistics(catalogue)
        #expect(s.expired == 2)
        #expect(s.years.last?.cumulative == 6)
        #expect(s.producers == 4)
    }

    @Test func emptyCatalogueHasNoYearsAndZeroes() throws {
        let s = ProgrammeStatistics(try CatalogueFixture.catalogue([]))
        #expect(s.years.isEmpty)
        #expect(s.valid.total == 0 && s.expired == 0 && s.producers == 0)
        #expect(s.districts.count == 3)
    }

    @Test func goalsSetActualsAgainstTargetsAndCapOnlyTheBar() throws {
        let catalogue = try CatalogueFixture.catalogue(CatalogueFixture.programmeItems, site: Self.programme)
        let target = try #require(catalogue.site.programme?.target)
        let goals = ProgrammeGoal.goals(target, statistics: ProgrammeStatistics(catalogue))
        #expect(goals.map(\.kind) == [.products, .fiveStar, .threeToFourStar, .organisations])
        #expect(goals.map(\.actual) == [4, 1, 3, 4])
        #expect(goals.map(\.target) == [10, 1, 2, 8])
        #expect(goals.map(\.percent) == [40, 100, 150, 50])
        #expect(goals.map(\.barPercent) == [40, 100, 100, 50])
        #expect(goals.map(\.reached) == [false, true, true, false])
        #expect(goals.map(\.remaining) == [6, 0, 0, 4])
    }

    @Test func targetsLeftOutOfSiteYAMLAreLeftOut() {
        let target = SiteConfig.Programme.Target(period: "2021–2025", products: nil, fiveStar: 5, threeToFourStar: nil, organisations: nil)
        var s = ProgrammeStatistics.StarCounts()
        s.byStars = [5: 2]
        let goals = ProgrammeGoal.goals(target, statistics: ProgrammeStatistics(valid: s, expired: 0, years: [], districts: [], producers: 0))
        #expect(goals.map(\.kind) == [.fiveStar])
        #expect(goals.first?.actual == 2)
    }
}
