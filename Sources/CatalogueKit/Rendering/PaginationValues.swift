import Templating

/// Previous, next and numbered page links for a paginated list. The numbered links are a
/// window (`Pagination.shownPages`); a gap is an entry that holds only `gap: true`.
enum PaginationValues {
    static func values(_ p: Pagination, path: (Int) -> String) -> TemplateValue {
        .object([
            "needed": .bool(p.pageCount > 1),
            "page": .integer(p.page),
            "page_count": .integer(p.pageCount),
            "prev": p.page > 1 ? .string(SitePaths.link(path(p.page - 1))) : .null,
            "next": p.page < p.pageCount ? .string(SitePaths.link(path(p.page + 1))) : .null,
            "pages": .list(p.shownPages().map { number in
                guard let number else { return gap }
                return .object(["number": .integer(number), "url": .string(SitePaths.link(path(number))),
                                "current": .bool(number == p.page), "gap": .bool(false)])
            }),
        ])
    }

    /// Only `gap`: a pager written before gaps existed then fails the build at its `{{#current}}`
    /// (a strict render's missing name) instead of printing an empty link.
    private static let gap = TemplateValue.object(["gap": .bool(true)])
}
