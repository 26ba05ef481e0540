/// The catalogue's figures that the programme dashboard sets against the province's targets.
///
/// Pure: computed from a validated `Catalogue` alone, so a fixture catalogue pins every figure.
/// "Valid" means the certificate had not lapsed on the catalogue's "as of" day; products a site
/// hides because their certificate lapsed (`expired: hide`) still count as certified in their year.
public struct ProgrammeStatistics: Sendable, Equatable {
    /// Products with a valid certificate, by star rating.
    public var valid: StarCounts
    /// Products whose certificate had lapsed, shown or hidden.
    public var expired: Int
    /// Certifications by the year of the certificate held, with the running total; every year
    /// from the first to the last is listed, years without certifications with zero.
    public var years: [YearCount]
    /// Every district of `site.yml`, in its order, including those without products.
    public var districts: [DistrictCount]
    /// Distinct producers (names folded for case and diacritics) across every product: the
    /// economic organisations taking part.
    public var producers: Int

    public struct StarCounts: Sendable, Equatable {
        public var byStars: [Int: Int] = [:]
        public func count(_ stars: Int) -> Int { byStars[stars] ?? 0 }
        public var total: Int { byStars.values.reduce(0, +) }
        /// Three- and four-star products, the programme's second target.
        public var threeToFour: Int { count(3) + count(4) }
    }

    public struct YearCount: Sendable, Equatable {
        public var year: Int
        public var certified: Int
        public var cumulative: Int
    }

    public struct DistrictCount: Sendable, Equatable {
        public var district: SiteConfig.District
        public var valid: StarCounts
        public var expired: Int
        public var total: Int { valid.total + expired }
    }

    /// The star ratings a dashboard shows as series: the OCOP certified ratings, plus any other a
    /// site's own model certifies and a product holds.
    public var starSeries: [Int] {
        Array(Set([3, 4, 5]).union(valid.byStars.keys).union(districts.flatMap { $0.valid.byStars.keys })).sorted()
    }

}

extension ProgrammeStatistics {
    public init(_ catalogue: Catalogue) {
        let all = catalogue.products + catalogue.hiddenExpired
        var valid = StarCounts(), expired = 0
        var perDistrict: [String: (StarCounts, Int)] = [:]
        var perYear: [Int: Int] = [:]
        for product in all {
            perYear[product.certificate.issued.year, default: 0] += 1
            if product.certificate.expired {
                expired += 1
                perDistrict[product.district.id, default: (StarCounts(), 0)].1 += 1
            } else {
                valid.byStars[product.stars, default: 0] += 1
                perDistrict[product.district.id, default: (StarCounts(), 0)].0.byStars[product.stars, default: 0] += 1
            }
        }
        self.valid = valid
        self.expired = expired
        self.districts = catalogue.site.districts.map { district in
            let counts = perDistrict[district.id] ?? (StarCounts(), 0)
            return DistrictCount(district: district, valid: counts.0, expired: counts.1)
        }
        var running = 0
        if let first = perYear.keys.min(), let last = perYear.keys.max() {
            self.years = (first...last).map { year in
                running += perYear[year] ?? 0
                return YearCount(year: year, certified: perYear[year] ?? 0, cumulative: running)
            }
        } else {
            self.years = []
        }
        self.producers = Set(all.map { $0.producerKey }).count
    }
}
