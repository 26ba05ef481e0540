import Templating

/// Previous, next and numbered page links for a paginated list.
enum PaginationValues {
    static func values(_ p: Pagination, path: (Int) -> String) -> TemplateValue {
        .object([
            "needed": .bool(p.pageCount > 1),
            "page": .integer(p.page),
            "page_count": .integer(p.pageCount),
            "prev": p.page > 1 ? .string(SitePaths.link(path(p.page - 1))) : .null,
            "next": p.page < p.pageCount ? .string(SitePaths.link(path(p.page + 1))) : .null,
            "pages": .list((1...p.pageCount).map { n in
                .object(["number": .integer(n), "url": .string(SitePaths.link(path(n))), "current": .bool(n == p.page)])
            }),
        ])
    }
}
