import Foundation
@testable import CatalogueKit

/// Small catalogues with known counts, made from one-line product descriptions.
enum CatalogueFixture {
    /// One product: everything the figures depend on, and nothing else.
    struct Item {
        var slug: String
        var name: String
        var producer: String
        var district: String
        var stars: Int
        var issued: String
        var productSet = "sauces-liquid-condiments"
        var extra = ""

        var page: String {
            TemporarySite.page("""
            name: "\(name)"
            producer: "\(producer)"
            district: \(district)
            product_set: \(productSet)
            stars: \(stars)
            certificate:
              number: "\(slug)/QĐ-UBND"
              issued: \(issued)
            \(extra)

            """, body: "\(name) là đặc sản của vùng.\n\nĐoạn thứ hai.\n")
        }
    }

    /// The validated catalogue of `items` on `TemporarySite`'s three districts, plus `site` lines.
    static func catalogue(_ items: [Item], site extra: String = "", asOf: String = "2026-11-29") throws -> Catalogue {
        let site = try TemporarySite(Dictionary(uniqueKeysWithValues: items.map { ("content/products/\($0.slug).md", $0.page) }))
        defer { site.remove() }
        if !extra.isEmpty { try site.write("content/site.yml", TemporarySite.siteYAML + "\n" + extra + "\n") }
        let result = site.check(asOf: asOf)
        guard !result.diagnostics.hasErrors, let catalogue = result.catalogue else {
            throw Failed(findings: result.diagnostics.sorted.map { DiagnosticFormatter.text($0) }.joined())
        }
        return catalogue
    }

    struct Failed: Error, CustomStringConvertible {
        let findings: String
        var description: String { "the fixture catalogue has errors:\n\(findings)" }
    }

    /// Six products in two of three districts, as of 2026-11-29: two expired (2021, 2022), four
    /// valid (3★ ×2, 4★, 5★), certified 2021, 2022, 2024 ×2, 2025 ×2 (none in 2023), and four
    /// producers once names are folded ("HTX A" = "HTX Á", "Công ty B" = "công ty b").
    static let programmeItems: [Item] = [
        Item(slug: "a", name: "Nước mắm A", producer: "HTX A", district: "nam-can", stars: 3, issued: "2021-06-15"),
        Item(slug: "b", name: "Nước mắm B", producer: "HTX Á", district: "Năm Căn", stars: 4, issued: "2025-01-23"),
        Item(slug: "c", name: "Nước mắm C", producer: "Công ty B", district: "tp-ca-mau", stars: 5, issued: "2025-06-30"),
        Item(slug: "d", name: "Nước mắm D", producer: "công ty b", district: "tp-ca-mau", stars: 3, issued: "2024-05-10"),
        Item(slug: "e", name: "Nước mắm E", producer: "HKD C", district: "tp-ca-mau", stars: 3, issued: "2022-11-28"),
        Item(slug: "f", name: "Nước mắm F", producer: "HKD Đ", district: "nam-can", stars: 3, issued: "2024-12-01"),
    ]
}
