import CatalogueKit
import Foundation

/// Writes a synthetic catalogue of valid product pages in the shape of the real content
/// (same fields, nested assessment and certificate, a Markdown body with a heading, a list and a
/// link). About a fifth of the certificates are from the 1048 era and have lapsed by 2026.
struct CatalogueGenerator {
    let products: Int
    let districts: Int
    let seed: UInt64

    static let caMau = [("tp-ca-mau", "Thành phố Cà Mau"), ("thoi-binh", "Thới Bình"), ("u-minh", "U Minh"), ("tran-van-thoi", "Trần Văn Thời"),
                        ("cai-nuoc", "Cái Nước"), ("dam-doi", "Đầm Dơi"), ("phu-tan", "Phú Tân"), ("nam-can", "Năm Căn"), ("ngoc-hien", "Ngọc Hiển")]
    /// Product sets with the same id in both models.
    static let sets = ["fresh-produce", "rice-grains", "fast-food", "processed-rice-grains", "processed-produce", "sauces-liquid-condiments",
                       "other-spices", "tea", "coffee-cocoa", "white-liquor", "other-alcoholic", "bottled-water", "other-non-alcoholic",
                       "functional-food-herbal-medicine", "herbal-cosmetics", "textiles-garments"]
    static let nouns = ["Bánh phồng tôm", "Mật ong rừng", "Khô cá bổi", "Ba khía muối", "Tôm khô", "Chả cá thát lát", "Mắm tôm chà",
                        "Trà mãng cầu", "Rượu sim", "Nước mắm cá cơm", "Cua hấp", "Đường thốt nốt", "Dầu dừa", "Chiếu lác", "Giỏ đệm bàng", "Homestay sinh thái"]
    static let adjectives = ["đặc sản", "truyền thống", "thượng hạng", "gia truyền", "hữu cơ", "sấy lạnh", "Đất Mũi", "U Minh Hạ", "Rạch Gốc",
                             "Sông Đốc", "Năm Căn", "Hòn Khoai"]
    static let producerKinds = [("Hợp tác xã", "cooperative"), ("Công ty TNHH", "enterprise"), ("Hộ kinh doanh", "household-business"), ("Tổ hợp tác", "cooperative-group")]
    static let words = ("sản phẩm được làm từ nguyên liệu tươi của vùng rừng ngập mặn Cà Mau quy trình khép kín đạt chuẩn an toàn thực phẩm "
        + "đóng gói hút chân không bảo quản nơi khô ráo thoáng mát hương vị đậm đà phù hợp làm quà biếu người tiêu dùng trong và ngoài tỉnh "
        + "hợp tác xã cơ sở sản xuất hộ kinh doanh vùng nguyên liệu tôm cua cá mật ong tràm").split(separator: " ").map(String.init)

    var districtList: [(String, String)] {
        districts <= 9 ? Self.caMau : (1...districts).map { (String(format: "huyen-%03d", $0), String(format: "Huyện %03d", $0)) }
    }

    /// Writes `content/` under `root` (replacing it).
    func write(to root: URL) throws {
        let content = root.appendingPathComponent("content")
        try? FileManager.default.removeItem(at: content)
        let folder = content.appendingPathComponent("products")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var random = SplitMix(seed: seed)
        let districts = districtList
        for i in 1...products {
            let name = "\(random.pick(Self.nouns)) \(random.pick(Self.adjectives)) \(i)"
            let page = self.page(name: name, districts: districts, random: &random)
            try page.write(to: folder.appendingPathComponent(slug(name) + ".md"), atomically: false, encoding: .utf8)
        }
        var site = "title: \"Sản phẩm OCOP (dữ liệu tổng hợp)\"\nlanguage: vi\nbase_url: \"https://example.org/\"\nsample_data: true\ndistricts:\n"
        for (id, name) in districts { site += "  - {id: \(id), name: \"\(name)\"}\n" }
        try site.write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
    }

    private func page(name: String, districts: [(String, String)], random: inout SplitMix) -> String {
        let stars = random.chance(0.70) ? 3 : random.chance(0.9) ? 4 : 5
        let old = random.chance(0.2)
        let (model, maxima) = old ? ("qd1048-2019", (35, 25, 40)) : ("qd148-2023", (40, 25, 35))
        let issued = old ? day(from: (2020, 1, 1), span: 1149, &random) : day(from: (2023, 3, 1), span: 1340, &random)
        let (a, b, c) = scores(stars: stars, maxima: maxima, &random)
        let authority = stars == 5 ? "central" : (stars == 3 && !old && issued < "2025-07-06") ? "district" : "province"
        let (kind, type) = random.pick(Self.producerKinds)
        let district = random.pick(districts).0
        var text = "---\n"
        text += "name: \"\(name)\"\n"
        text += "producer: \"\(kind) \(random.pick(Self.adjectives)) \(random.int(1...500))\"\n"
        text += "producer_type: \(type)\n"
        text += "district: \(district)\n"
        text += "commune: \"Xã \(random.pick(Self.adjectives))\"\n"
        text += "product_set: \(random.pick(Self.sets))\n"
        text += "stars: \(stars)\n"
        text += "assessment:\n  model: \(model)\n  scores: {A: \(a), B: \(b), C: \(c)}\n  total: \(a + b + c)\n"
        text += "certificate:\n  number: \"\(random.int(100...9999))/QĐ-UBND\"\n  issued: \(issued)\n  authority: \(authority)\n"
        text += "price: \"\(random.int(20...900)).000 đ\"\n"
        text += "contact:\n  phone: \"0290 3\(random.int(100...999)) \(random.int(100...999))\"\n  address: \"Ấp \(random.pick(Self.adjectives)), huyện \(district)\"\n"
        text += "tags: [\(random.pick(Self.words)), \(random.pick(Self.words))]\n"
        text += "---\n\n"
        var paragraphs = (0..<random.int(2...4)).map { _ in (0..<random.int(2...5)).map { _ in sentence(random.int(8...18), &random) }.joined(separator: " ") }
        let features = (0..<random.int(3...6)).map { _ in "- **\(random.pick(Self.words))**: \(sentence(6, &random))" }.joined(separator: "\n")
        paragraphs.insert("## Đặc điểm\n\n" + features, at: 1)
        paragraphs.append("## Bảo quản\n\n\(sentence(12, &random)) Xem thêm [trang chủ thể](https://example.org/\(random.int(1...999))).")
        return text + paragraphs.joined(separator: "\n\n") + "\n"
    }

    private func sentence(_ n: Int, _ random: inout SplitMix) -> String {
        let text = (0..<n).map { _ in random.pick(Self.words) }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// Part scores inside the model's maxima whose total lies in the stars' band.
    private func scores(stars: Int, maxima: (Int, Int, Int), _ random: inout SplitMix) -> (Int, Int, Int) {
        let band = [3: 50...69, 4: 70...89, 5: 90...100][stars]!
        while true {
            let total = random.int(band)
            let a = min(maxima.0, total * maxima.0 / 100 + random.int(-2...2))
            let b = min(maxima.1, total * maxima.1 / 100 + random.int(-2...2))
            let c = total - a - b
            if c >= 0 && c <= maxima.2 { return (a, b, c) }
        }
    }

    private func day(from start: (Int, Int, Int), span: Int, _ random: inout SplitMix) -> String {
        var components = DateComponents()
        components.year = start.0; components.month = start.1; components.day = start.2 + random.int(0...span)
        components.timeZone = TimeZone(identifier: "UTC")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: components)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    private func slug(_ text: String) -> String { VietnameseText.slug(text) }
}
