import Foundation
import Testing

/// `ocop new product`: the page an editor starts from.
@Suite(.serialized) struct NewCommandTests {
    static let page = "content/products/banh-phong-tom-dat-mui.md"

    @Test func slugComesFromTheVietnameseName() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        let run = try OCOPBinary.run(["new", "product", "Bánh phồng tôm Đất Mũi", "--root", site.root.path,
                                      "--district", "ngoc hien", "--as-of", "2026-11-29"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("wrote \(Self.page)\n"))
        #expect(run.stdout.contains("fill in producer, product_set, stars, certificate.number"))
        let text = try site.read(Self.page)
        #expect(text.hasPrefix("---\n# "))
        #expect(text.contains("\nname: \"Bánh phồng tôm Đất Mũi\"\n"))
        #expect(text.contains("\ndistrict: \"ngoc-hien\"  # Ngọc Hiển\n"))
        #expect(text.contains("\n  issued: 2026-11-29\n"))
        for field in ["producer:", "product_set:", "stars:", "certificate:", "  number:"] {
            let line = try #require(text.split(separator: "\n").firstIndex { $0.hasPrefix(field) }, "\(field) missing")
            #expect(text.split(separator: "\n")[line - 1].hasPrefix("#") || field == "  number:" && text.split(separator: "\n")[line - 1].hasPrefix("  #"),
                    "\(field) has no comment above it")
        }
    }

    @Test func refusesToReplaceAPageOrABundle() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        try site.write(Self.page, "mine\n")
        let single = try OCOPBinary.run(["new", "product", "Bánh phồng tôm Đất Mũi", "--root", site.root.path])
        #expect(single.status == 1)
        #expect(single.stderr.contains("error: \(Self.page) already exists; ocop new never replaces a page [new.exists]"))
        #expect(try site.read(Self.page) == "mine\n")

        let bundle = try OCOPBinary.run(["new", "product", "Homestay Hương Tràm", "--root", site.root.path])
        #expect(bundle.status == 1)
        #expect(bundle.stderr.contains("content/products/homestay-huong-tram/index.md already exists"))
        #expect(!FileManager.default.fileExists(atPath: site.url("content/products/homestay-huong-tram.md").path))
    }

    @Test func placeholdersFailCheckUntilFilled() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        let made = try OCOPBinary.run(["new", "product", "Bánh phồng tôm Đất Mũi", "--root", site.root.path, "--as-of", "2026-11-29"])
        #expect(made.status == 0, "\(made.stderr)")
        let before = try OCOPBinary.run(["check", "--root", site.root.path, "--as-of", "2026-11-29", "--format", "json"])
        #expect(before.status == 1)
        let findings = try before.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
            .filter { $0["path"] as? String == Self.page }
        #expect(findings.map { "\($0["code"]!) \($0["message"]!)" } == [
            "field.missing required field 'producer' is empty",
            "field.missing required field 'district' is empty",
            "field.missing required field 'product_set' is empty",
            "field.missing required field 'certificate.number' is empty",
        ])

        // Fill the blanks, but leave the star rating at its placeholder: still refused.
        try site.edit(Self.page, replacing: "producer: \"\"", with: "producer: \"Cơ sở chế biến Đất Mũi\"")
        try site.edit(Self.page, replacing: "district: \"\"", with: "district: Ngọc Hiển")
        try site.edit(Self.page, replacing: "product_set: \"\"", with: "product_set: processed-animal-products")
        try site.edit(Self.page, replacing: "number: \"\"", with: "number: \"2150/QĐ-UBND\"")
        let stars = try OCOPBinary.run(["check", "--root", site.root.path, "--as-of", "2026-11-29"])
        #expect(stars.status == 1)
        #expect(stars.stderr.contains("\(Self.page):15:8: error: stars must be one of 3, 4, 5"))

        try site.edit(Self.page, replacing: "stars: 0", with: "stars: 3")
        let after = try OCOPBinary.run(["check", "--root", site.root.path, "--as-of", "2026-11-29"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stderr.contains("ocop check: 37 products, 0 errors"))
    }

    @Test func optionsAreCheckedAgainstTheSite() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        let district = try OCOPBinary.run(["new", "product", "Mật ong U Minh", "--root", site.root.path, "--district", "U Minhh"])
        #expect(district.status == 1)
        #expect(district.stderr.contains("error: \"U Minhh\" is not a district of site.yml [district.unknown]"))
        #expect(district.stderr.contains("did you mean \"U Minh\" (u-minh)?"))
        let set = try OCOPBinary.run(["new", "product", "Mật ong U Minh", "--root", site.root.path, "--product-set", "honey", "--as-of", "2026-11-29"])
        #expect(set.status == 1)
        #expect(set.stderr.contains("'honey' is not a product set of qd148-2023"))
        #expect(try OCOPBinary.run(["new", "product", "Mật ong U Minh", "--root", site.root.path, "--stars", "6"]).status == 64)
        #expect(!FileManager.default.fileExists(atPath: site.url("content/products/mat-ong-u-minh.md").path))

        let made = try OCOPBinary.run(["new", "product", "Mật ong U Minh", "--root", site.root.path, "--district", "u-minh",
                                       "--product-set", "honey-other-raw", "--stars", "4", "--as-of", "2026-11-29"])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try site.read("content/products/mat-ong-u-minh.md")
        #expect(text.contains("\nproduct_set: \"honey-other-raw\"\n"))
        #expect(text.contains("\nstars: 4\n"))
    }
}
