/// One page of a list route: its pagination, the whole list's length, and the products on it as
/// positions in the catalogue. The page's values and its output fingerprint both come from here,
/// so the fingerprint covers exactly the products the page shows.
struct ListPage {
    let pagination: Pagination
    let count: Int
    let products: [Int]

    /// Nil for a route that is not a list.
    init?(_ kind: Route.Kind, in catalogue: Catalogue) {
        let indices: [Int]?
        let page: Int
        switch kind {
        case .products(let number): (indices, page) = (nil, number)
        case .district(let id, let number): (indices, page) = (catalogue.byDistrict[id] ?? [], number)
        case .stars(let stars, let number): (indices, page) = (catalogue.byStars[stars] ?? [], number)
        case .group(let id, let number): (indices, page) = (catalogue.byGroup[id] ?? [], number)
        default: return nil
        }
        // nil: every product, in catalogue order, without copying their positions.
        count = indices?.count ?? catalogue.products.count
        pagination = Pagination.page(page, count: count, perPage: catalogue.site.perPage)
        products = pagination.range.map { indices?[$0] ?? $0 }
    }
}
