/// One page of a long list, with its neighbours.
public struct Pagination: Sendable, Hashable {
    public var page: Int
    public var pageCount: Int
    /// The slice of the list on this page.
    public var range: Range<Int>

    /// Splits `count` items into pages of `perPage`; an empty list still has one (empty) page.
    public static func pages(count: Int, perPage: Int) -> [Pagination] {
        let size = max(1, perPage)
        let pageCount = max(1, (count + size - 1) / size)
        return (1...pageCount).map { page in
            Pagination(page: page, pageCount: pageCount, range: ((page - 1) * size)..<min(count, page * size))
        }
    }
}
