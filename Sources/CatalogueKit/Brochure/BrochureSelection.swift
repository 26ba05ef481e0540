/// Which products a brochure shows. Different filters narrow the selection (all must match);
/// the values of one repeated filter widen it (`--district A --district B` is either).
public struct BrochureSelection: Sendable {
    /// District ids or names, any case, with or without diacritics.
    public var districts: [String]
    public var stars: StarFilter?
    /// Product group ids or names (either model's wording).
    public var groups: [String]
    /// Product-set ids of the scoring models.
    public var productSets: [String]
    /// Part of a producer's name, any case, with or without diacritics.
    public var producers: [String]
    /// Products whose certificate has lapsed are left out unless this is set.
    public var includeExpired: Bool

    public init(districts: [String] = [], stars: StarFilter? = nil, groups: [String] = [], productSets: [String] = [],
                producers: [String] = [], includeExpired: Bool = false) {
        self.districts = districts
        self.stars = stars
        self.groups = groups
        self.productSets = productSets
        self.producers = producers
        self.includeExpired = includeExpired
    }

    /// The selected products in brochure order (district as in `site.yml`, then most stars, then
    /// name), with what each filter matched on its own, to explain an empty selection.
    public func select(from catalogue: Catalogue) -> BrochureOutcome {
        let filters = BrochureFilter.resolve(self, in: catalogue)
        let all = catalogue.products + catalogue.hiddenExpired
        let eligible = all.filter { includeExpired || !$0.certificate.expired }
        let lapsed = includeExpired ? [] : all.filter(\.certificate.expired)
        // A repeated filter is one criterion: any of its values.
        let criteria = Dictionary(grouping: filters, by: \.flag).values.map { values in { (p: Product) in values.contains { $0.matches(p) } } }
        let matchesAll = { (p: Product) in criteria.allSatisfy { $0(p) } }
        let reports = filters.map { filter in
            BrochureOutcome.FilterReport(flag: filter.flag, value: filter.value, problem: filter.problem,
                                         matched: eligible.count(where: filter.matches), expired: lapsed.count(where: filter.matches))
        }
        return BrochureOutcome(products: Self.ordered(eligible.filter(matchesAll), districts: catalogue.site.districts),
                               reports: reports, expiredLeftOut: lapsed.count(where: matchesAll), asOf: catalogue.asOf,
                               includedExpired: includeExpired)
    }

    static func ordered(_ products: [Product], districts: [SiteConfig.District]) -> [Product] {
        let rank = Dictionary(uniqueKeysWithValues: districts.enumerated().map { ($1.id, $0) })
        return products.sorted { a, b in
            let ra = rank[a.district.id] ?? .max, rb = rank[b.district.id] ?? .max
            if ra != rb { return ra < rb }
            if a.stars != b.stars { return a.stars > b.stars }
            let na = VietnameseText.fold(a.name), nb = VietnameseText.fold(b.name)
            return na != nb ? na < nb : a.slug < b.slug
        }
    }
}
