/// The validated catalogue with its indexes: what routing and rendering work from.
public struct Catalogue: Sendable {
    public var site: SiteConfig
    public var models: ScoringModelSet
    /// The day certificates were judged against.
    public var asOf: LocalDate
    /// Products shown on the site, sorted by slug.
    public var products: [Product]
    /// Products left out because their certificate lapsed and the site hides them.
    public var hiddenExpired: [Product]
    /// Indexes into `products`, each list in slug order.
    public var byDistrict: [String: [Int]]
    public var byStars: [Int: [Int]]
    public var byGroup: [String: [Int]]

    public init(site: SiteConfig, models: ScoringModelSet, asOf: LocalDate, products: [Product], hiddenExpired: [Product] = []) {
        self.site = site
        self.models = models
        self.asOf = asOf
        self.products = products.sorted { $0.slug < $1.slug }
        self.hiddenExpired = hiddenExpired.sorted { $0.slug < $1.slug }
        var byDistrict: [String: [Int]] = [:], byStars: [Int: [Int]] = [:], byGroup: [String: [Int]] = [:]
        for (index, product) in self.products.enumerated() {
            byDistrict[product.district.id, default: []].append(index)
            byStars[product.stars, default: []].append(index)
            byGroup[product.group.id, default: []].append(index)
        }
        self.byDistrict = byDistrict
        self.byStars = byStars
        self.byGroup = byGroup
    }

    /// Districts of `site.yml`, in its order, that have products.
    public var districtsWithProducts: [SiteConfig.District] { site.districts.filter { byDistrict[$0.id] != nil } }

    /// Groups that have products, newest wording, in the models' order.
    public var groupsWithProducts: [ProductGroup] { models.allGroups.filter { byGroup[$0.id] != nil } }

    /// Star ratings that have products, highest first.
    public var starsWithProducts: [Int] { byStars.keys.sorted(by: >) }
}
