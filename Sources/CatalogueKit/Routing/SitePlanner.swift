/// Plans every HTML page of the catalogue: home, a page per product, paginated lists per
/// district, star rating and group, the lists of those, the dashboard and the 404 page.
public struct SitePlanner: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    public func plan() -> [Route] {
        let perPage = catalogue.site.perPage
        var routes = [Route(kind: .home, path: "", template: "home")]
        for p in Pagination.pages(count: catalogue.products.count, perPage: perPage) {
            routes.append(Route(kind: .products(page: p.page), path: SitePaths.products(page: p.page), template: "list"))
        }
        for (index, product) in catalogue.products.enumerated() {
            routes.append(Route(kind: .product(index: index), path: SitePaths.product(product.slug), template: "product"))
        }
        routes.append(Route(kind: .districts, path: SitePaths.districts, template: "districts"))
        for district in catalogue.districtsWithProducts {
            for p in Pagination.pages(count: catalogue.byDistrict[district.id]!.count, perPage: perPage) {
                routes.append(Route(kind: .district(id: district.id, page: p.page), path: SitePaths.district(district.id, page: p.page), template: "list"))
            }
        }
        routes.append(Route(kind: .starRatings, path: SitePaths.starRatings, template: "star-ratings"))
        for stars in catalogue.starsWithProducts {
            for p in Pagination.pages(count: catalogue.byStars[stars]!.count, perPage: perPage) {
                routes.append(Route(kind: .stars(stars, page: p.page), path: SitePaths.stars(stars, page: p.page), template: "list"))
            }
        }
        routes.append(Route(kind: .groups, path: SitePaths.groups, template: "groups"))
        for group in catalogue.groupsWithProducts {
            for p in Pagination.pages(count: catalogue.byGroup[group.id]!.count, perPage: perPage) {
                routes.append(Route(kind: .group(id: group.id, page: p.page), path: SitePaths.group(group.id, page: p.page), template: "list"))
            }
        }
        if catalogue.site.programme != nil {
            routes.append(Route(kind: .programme, path: SitePaths.programme, template: "programme"))
        }
        routes.append(Route(kind: .notFound, path: "", template: "404"))
        return routes
    }
}
