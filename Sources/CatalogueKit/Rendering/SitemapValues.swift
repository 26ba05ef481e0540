import Templating

/// Every HTML page but the 404, with absolute URLs; product pages dated by their certificate.
enum SitemapValues {
    static func values(_ catalogue: Catalogue, routes: [Route]) -> TemplateValue {
        let urls = routes.filter { $0.kind != .notFound }.map { route -> TemplateValue in
            var lastmod: TemplateValue = .null
            if case .product(let index) = route.kind { lastmod = .string(catalogue.products[index].certificate.issued.iso) }
            return .object(["loc": .string(catalogue.site.baseURL + route.path), "lastmod": lastmod])
        }
        return .object(["urls": .list(urls)])
    }
}
