import Testing
@testable import CatalogueKit

/// Every link in a page starts with its `rootPrefix`, so the site works from a folder or a
/// USB stick: one "../" per folder the page sits in, whatever slashes the path has.
@Suite struct RouteTests {
    @Test(arguments: [
        ("", ""),
        ("products/", "../"),
        ("products/mat-ong-u-minh/", "../../"),
        ("districts/u-minh/page/2/", "../../../../"),
        ("stars/5", "../../"),
        ("//groups//seafood/", "../../"),
    ])
    func climbsOneFolderPerLevel(path: String, prefix: String) {
        let route = Route(kind: .home, path: path, template: "home")
        #expect(route.rootPrefix == prefix)
        #expect(route.rootPrefix == String(repeating: "../", count: path.split(separator: "/").count))
    }
}
