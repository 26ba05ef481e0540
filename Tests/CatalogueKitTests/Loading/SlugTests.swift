import Foundation
import Testing
@testable import CatalogueKit

@Suite struct SlugTests {
    @Test(arguments: [
        ("Bánh phồng tôm Năm Căn", "banh-phong-tom-nam-can"),
        ("Đũa đước Đất Mũi", "dua-duoc-dat-mui"),
        ("Nước mắm Mạch Long 40° đạm", "nuoc-mam-mach-long-40-dam"),
        ("  Mắm tôm -- chua/ngọt  ", "mam-tom-chua-ngot"),
        ("Rượu trái giác \"5 Quốc\"", "ruou-trai-giac-5-quoc"),
        ("Ấp Hòa Trung", "ap-hoa-trung"),
    ])
    func slugsAreAsciiFromVietnameseNames(name: String, slug: String) {
        #expect(VietnameseText.slug(name) == slug)
        #expect(VietnameseText.slug(name.decomposedStringWithCanonicalMapping) == slug)
        #expect(VietnameseText.isSlug(slug))
    }

    @Test(arguments: ["a", "0", "a-b", "x1-2-y3"])
    func acceptsSlugs(_ text: String) {
        #expect(VietnameseText.isSlug(text))
    }

    @Test(arguments: ["Bánh", "a--b", "-a", "a-", "", "-", "--", "A", "a_b", "a b", "a-b--"])
    func rejectsNonSlugs(_ text: String) {
        #expect(!VietnameseText.isSlug(text))
    }
}
