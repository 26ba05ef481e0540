/// One page of a long list, with its neighbours.
public struct Pagination: Sendable, Hashable {
    public var page: Int
    public var pageCount: Int
    /// The slice of the list on this page.
    public var range: Range<Int>

    /// Splits `count` items into pages of `perPage`; an empty list still has one (empty) page.
    public static func pages(count: Int, perPage: Int) -> [Pagination] {
        (1...pageCount(count: count, perPage: perPage)).map { page($0, count: count, perPage: perPage) }
    }

    /// Page `number` (clamped to the pages there are) alone: a list page needs only its own,
    /// and making all of them for each would grow with the square of the list.
    public static func page(_ number: Int, count: Int, perPage: Int) -> Pagination {
        let size = max(1, perPage)
        let pageCount = pageCount(count: count, perPage: perPage)
        let page = min(max(number, 1), pageCount)
        return Pagination(page: page, pageCount: pageCount, range: ((page - 1) * size)..<min(count, page * size))
    }

    private static func pageCount(count: Int, perPage: Int) -> Int {
        max(1, (count + max(1, perPage) - 1) / max(1, perPage))
    }

    /// Page numbers a pager links to: the first, the last, and up to `around` either side of
    /// this page; `nil` marks numbers left out. A list of 400 pages would otherwise link every
    /// one from each of them, which no reader can use and which grows with the square of the
    /// catalogue. A gap is never put where it would hide a single number.
    public func shownPages(around: Int = 2) -> [Int?] {
        var shown: [Int?] = []
        var last = 0
        let window = max(1, page - around)...min(pageCount, page + around)
        for number in [1] + Array(window) + [pageCount] where number > last {
            if number - last == 2 { shown.append(number - 1) } else if number - last > 2 { shown.append(nil) }
            shown.append(number)
            last = number
        }
        return shown
    }
}
