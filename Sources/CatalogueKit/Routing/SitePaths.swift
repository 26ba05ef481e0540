/// The URL scheme of the site, in one place. Paths are folders relative to the site root;
/// links add `index.html` so they also work from `file://`.
public enum SitePaths {
    public static func product(_ slug: String) -> String { "products/\(slug)/" }
    public static func products(page: Int) -> String { paged("products/", page) }
    public static let districts = "districts/"
    public static func district(_ id: String, page: Int = 1) -> String { paged("districts/\(id)/", page) }
    public static let starRatings = "stars/"
    public static func stars(_ stars: Int, page: Int = 1) -> String { paged("stars/\(stars)/", page) }
    public static let groups = "groups/"
    public static func group(_ id: String, page: Int = 1) -> String { paged("groups/\(id)/", page) }
    public static let programme = "programme/"

    /// A root-relative link to a page folder: "products/banh/index.html", or "index.html" for home.
    public static func link(_ path: String) -> String { path + "index.html" }

    private static func paged(_ base: String, _ page: Int) -> String { page <= 1 ? base : "\(base)page/\(page)/" }
}
