import Foundation

/// A large, valid catalogue written quickly for tests that need a build that takes a while:
/// `count` product pages over three districts, with the repository's templates.
struct GeneratedCatalogue {
    let root: URL

    init(count: Int, title: String = "Sản phẩm OCOP (tổng hợp)") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-large-\(UUID().uuidString)")
        let products = root.appendingPathComponent("content/products")
        try FileManager.default.createDirectory(at: products, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: OCOPBinary.repositoryRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        try setTitle(title)
        let districts = ["tp-ca-mau", "nam-can", "dam-doi"]
        let nouns = ["Bánh phồng tôm", "Mật ong rừng", "Khô cá bổi", "Tôm khô", "Mắm tôm chà", "Trà mãng cầu", "Nước mắm cá cơm"]
        for i in 1...count {
            let name = "\(nouns[i % nouns.count]) số \(i)"
            let page = """
            ---
            name: "\(name)"
            producer: "Hợp tác xã \(i % 97)"
            district: \(districts[i % districts.count])
            product_set: processed-animal-products
            stars: \(3 + i % 2)
            assessment:
              scores: {A: \(i % 2 == 0 ? 20 : 30), B: 18, C: 26}
            certificate:
              number: "\(i)/QĐ-UBND"
              issued: 2025-\(["07", "08", "09", "10", "11", "12"][i % 6])-1\(i % 10)
              authority: province
            price: "\(20 + i % 300).000 đ"
            tags: [quà biếu, đặc sản]
            ---
            \(name) là đặc sản của vùng rừng ngập mặn Cà Mau, làm theo quy trình truyền thống.

            ## Đặc điểm

            - **Nguyên liệu**: tươi, chọn lọc kỹ.
            - **Bảo quản**: nơi khô ráo, thoáng mát.

            """
            try Data(page.utf8).write(to: products.appendingPathComponent("san-pham-\(i).md"))
        }
    }

    /// Rewrites `site.yml` with another title: every page of the site changes.
    func setTitle(_ title: String) throws {
        let site = """
        title: "\(title)"
        base_url: "https://example.org/"
        districts:
          - {id: tp-ca-mau, name: "Thành phố Cà Mau"}
          - {id: nam-can, name: "Năm Căn"}
          - {id: dam-doi, name: "Đầm Dơi"}

        """
        try Data(site.utf8).write(to: root.appendingPathComponent("content/site.yml"))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
