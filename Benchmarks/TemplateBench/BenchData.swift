import Templating

/// The data of one product page, shaped like the catalogue's.
enum BenchData {
    static let product: TemplateValue = [
        "root": "../../",
        "site": [
            "name": "OCOP Cà Mau", "year": 2026, "owner": "Sở Nông nghiệp và Môi trường Cà Mau",
            "licence": "CC BY 4.0", "updated": "2026-11-29",
            "districts": .list(districts.map { ["name": .string($0.0), "slug": .string($0.1)] }),
        ],
        "code": "CM-2024-0137", "name": "Mật ong rừng U Minh Hạ \"Sáu Tâm\"",
        "summary": "Mật ong rừng tràm nguyên chất, khai thác theo phương pháp gác kèo truyền thống.",
        "stars": 4, "starList": [1, 2, 3, 4],
        "category": "Thực phẩm", "group": "Thực phẩm tươi sống & chế biến",
        "district": "U Minh", "commune": "Khánh Thuận",
        "producer": [
            "name": "Hợp tác xã Ong mật U Minh Hạ", "address": "Ấp 7, đường Kênh Chống Mỹ",
            "phone": "0290 3 812 345", "email": "ongmat.uminh@example.vn", "website": "https://ongmat-uminh.example.vn/?a=1&b=2",
        ],
        "year": 2024,
        "decision": ["number": "1234/QĐ-UBND", "date": "12/08/2024", "expires": "12/08/2027"],
        "price": 350_000, "unit": "chai 500 ml", "weight": 650.5, "shelfLife": 24,
        "ingredients": "100% mật ong rừng tràm", "storage": "Nơi khô ráo, tránh ánh nắng trực tiếp",
        "usage": "Pha nước ấm, dùng với chanh hoặc gừng; không dùng cho trẻ dưới 1 tuổi",
        "parts": [
            ["label": "Phần A – Sản phẩm và sức mạnh cộng đồng", "score": 28, "max": 35],
            ["label": "Phần B – Phát triển sản phẩm", "score": 19.5, "max": 25],
            ["label": "Phần C – Chất lượng sản phẩm", "score": 31, "max": 40],
        ],
        "total": 78.5,
        "images": .list((1...6).map { index in
            [
                "src": .string("images/cm-2024-0137/\(index).webp"), "alt": .string("Mật ong U Minh – ảnh \(index)"),
                "width": 1200, "height": 800,
            ]
        }),
        "descriptionHTML": .string(description),
        "awards": ["Sản phẩm công nghiệp nông thôn tiêu biểu 2023", "Top 10 đặc sản Cà Mau <2024>"],
        "tags": ["mật ong", "U Minh", "rừng tràm", "quà biếu", "đặc sản"],
        "note": "Giá có thể thay đổi theo mùa; liên hệ 'HTX' để đặt hàng số lượng lớn & giao tận nơi.",
    ]

    private static let districts = [
        ("Thành phố Cà Mau", "tp-ca-mau"), ("U Minh", "u-minh"), ("Thới Bình", "thoi-binh"),
        ("Trần Văn Thời", "tran-van-thoi"), ("Cái Nước", "cai-nuoc"), ("Đầm Dơi", "dam-doi"),
        ("Năm Căn", "nam-can"), ("Phú Tân", "phu-tan"), ("Ngọc Hiển", "ngoc-hien"),
    ]

    /// About 2 KB of trusted HTML, as the Markdown renderer would produce.
    private static let description: String = {
        let paragraph = """
            <p>Mật ong được khai thác từ rừng tràm <strong>U Minh Hạ</strong> vào mùa tràm trổ bông, \
            khi những đàn ong khoái làm tổ trên các <em>kèo</em> do người dân gác sẵn. \
            Mật có màu vàng sẫm, vị ngọt thanh và hương thơm đặc trưng của hoa tràm.</p>

            """
        let list = "<ul><li>Không pha trộn</li><li>Không đường</li><li>Đóng chai tại chỗ</li></ul>\n"
        return String(repeating: paragraph, count: 6) + list
    }()
}
