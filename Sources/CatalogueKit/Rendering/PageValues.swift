import Templating

/// Turns a route into the values its template sees. Product values are made once per product
/// and shared by every page that lists it.
struct PageValues: Sendable {
    let catalogue: Catalogue
    /// Cards, made once and shared by every page that shows the product (a full build);
    /// nil when only a few pages render (`check`), which makes one per page.
    private let cards: CardShelf?
    private(set) var site: TemplateValue
    private(set) var nav: TemplateValue
    /// District names by id: a national catalogue has hundreds of district pages, and finding
    /// each one's name in the list would grow with the square of the districts.
    private let districtNames: [String: String]

    /// How many certifications the home page and the feed show.
    static let newestCount = 8

    init(catalogue: Catalogue, hasProgramme: Bool, precompute: Bool = true) {
        self.catalogue = catalogue
        let site = catalogue.site
        districtNames = Dictionary(site.districts.map { ($0.id, $0.name) }) { first, _ in first }
        if precompute {
            cards = CardShelf(products: catalogue.products, parts: CardParts(site: site, models: catalogue.models))
        } else {
            cards = nil
        }
        self.site = .object([
            "title": .string(site.title), "description": .text(site.description), "language": .string(site.language),
            "base_url": .string(site.baseURL), "sample_data": .bool(site.sampleData),
            "as_of": .string(catalogue.asOf.vietnamese), "as_of_iso": .string(catalogue.asOf.iso),
        ])
        nav = .object([
            "home": .string("index.html"), "products": .string(SitePaths.link(SitePaths.products(page: 1))),
            "districts": .string(SitePaths.link(SitePaths.districts)), "stars": .string(SitePaths.link(SitePaths.starRatings)),
            "groups": .string(SitePaths.link(SitePaths.groups)),
            "programme": hasProgramme ? .string(SitePaths.link(SitePaths.programme)) : .null,
        ])
    }

    /// The same values for a thread of its own: the site-wide ones, which every page reads, are
    /// copied (see `TemplateLibrary.replica`); products and cards are shared.
    func replica() -> PageValues {
        var copy = self
        copy.site = site.replica()
        copy.nav = nav.replica()
        return copy
    }

    func card(_ index: Int) -> TemplateValue {
        cards?[index] ?? ProductValues.card(catalogue.products[index])
    }

    func values(for route: Route) -> TemplateValue {
        var root = route.rootPrefix
        if route.kind == .notFound { root = Self.basePath(catalogue.site.baseURL) }
        var values: TemplateObject = [
            "site": site, "nav": nav, "root": .string(root),
            "page": .object(["path": .string(route.path), "url": .string(SitePaths.link(route.path)),
                             "permalink": route.kind == .notFound ? .null : .string(catalogue.site.baseURL + route.path)]),
        ]
        for (key, value) in content(for: route) { values[key] = value }
        return .object(values)
    }

    private func content(for route: Route) -> TemplateObject {
        switch route.kind {
        case .home:
            return HomeValues.values(catalogue, card: card, newest: Self.newestCount)
        case .product(let index):
            return ["product": ProductValues.detail(catalogue.products[index], site: catalogue.site, card: cards?[index])]
        case .products:
            return list(route.kind, path: { SitePaths.products(page: $0) },
                        heading: ["all": .bool(true), "district": .null, "stars": .null, "group": .null])
        case .district(let id, _):
            return list(route.kind, path: { SitePaths.district(id, page: $0) },
                        heading: ["all": .bool(false), "district": .object(["id": .string(id), "name": .string(districtNames[id] ?? id)]), "stars": .null, "group": .null])
        case .stars(let stars, _):
            return list(route.kind, path: { SitePaths.stars(stars, page: $0) },
                        heading: ["all": .bool(false), "district": .null, "group": .null,
                                  "stars": .object(["stars": .integer(stars), "stars_full": .string(String(repeating: "★", count: stars)),
                                                    "stars_empty": .string(String(repeating: "☆", count: max(0, 5 - stars)))])])
        case .group(let id, _):
            let group = catalogue.groupsWithProducts.first { $0.id == id }!
            return list(route.kind, path: { SitePaths.group(id, page: $0) },
                        heading: ["all": .bool(false), "district": .null, "stars": .null, "group": .object(["id": .string(id), "name": .string(group.name)])])
        case .districts:
            return ["items": .list(HomeValues.districtCounts(catalogue))]
        case .starRatings:
            return ["items": .list(HomeValues.starCounts(catalogue))]
        case .groups:
            return ["items": .list(HomeValues.groupCounts(catalogue))]
        case .programme:
            guard let programme = catalogue.site.programme else { return [:] }
            return ProgrammeValues.values(catalogue, programme: programme)
        case .notFound:
            return [:]
        }
    }

    private func list(_ kind: Route.Kind, path: (Int) -> String, heading: TemplateObject) -> TemplateObject {
        let page = ListPage(kind, in: catalogue)!
        return [
            "list": .object(heading.merging(["count": .integer(page.count)]) { $1 }),
            "products": .list(page.products.map(card)),
            "pagination": PaginationValues.values(page.pagination, path: path),
        ]
    }

    /// The path part of the base URL ("/" or "/ocop/"): the 404 page is served from any folder.
    static func basePath(_ baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://"), let slash = baseURL[scheme.upperBound...].firstIndex(of: "/") else { return "/" }
        return String(baseURL[slash...])
    }
}
