import Foundation
import Testing

/// `ocop diff`: a pull request's changes to the catalogue, from a real git repository.
@Suite(.serialized) struct DiffCommandTests {
    static let site = """
    title: "Sản phẩm OCOP thử nghiệm"
    base_url: "https://example.org/"
    districts:
      - {id: tp-ca-mau, name: "Thành phố Cà Mau"}
      - {id: nam-can, name: "Năm Căn"}
      - {id: dam-doi, name: "Đầm Dơi"}
    """

    static func page(_ name: String, producer: String = "Cơ sở Mai Sáu", district: String = "nam-can", set: String = "processed-animal-products",
                     stars: Int = 3, number: String = "123/QĐ-UBND", issued: String = "2023-05-10") -> String {
        """
        ---
        name: "\(name)"
        producer: "\(producer)"
        district: \(district)
        product_set: \(set)
        stars: \(stars)
        certificate:
          number: "\(number)"
          issued: \(issued)
        ---
        Mô tả.

        """
    }

    /// Commit 1 on 2024-01-01; the working tree is commit 2, judged as of 2024-06-01.
    static func repository() throws -> TemporaryGitRepository {
        let repo = try TemporaryGitRepository()
        let p = "content/products/"
        try repo.site.write("content/site.yml", site)
        try repo.site.write(p + "banh-phong-tom-nam-can.md", page("Bánh phồng tôm Năm Căn"))
        try repo.site.write(p + "ca-kho.md", page("Cá khô", producer: "Cơ sở Út Hiền"))
        try repo.site.write(p + "mam-ba-khia.md", page("Mắm ba khía", producer: "Cơ sở Ba Khía", district: "dam-doi"))
        // 1048 era: valid until 2024-01-31, so valid on 2024-01-01 and lapsed by 2024-06-01.
        try repo.site.write(p + "mat-ong.md", page("Mật ong U Minh", producer: "HTX Ong Mật", set: "honey", number: "1072/QĐ-UBND", issued: "2021-02-01"))
        try repo.site.write(p + "tom-kho.md", page("Tôm khô", producer: "Cơ sở Tôm Khô", district: "tp-ca-mau"))
        try repo.site.write(p + "cha-ca.md", page("Chả cá thác lác", producer: "Cơ sở Chả Cá", set: "processed-seafood", number: "77/QĐ-UBND", issued: "2021-03-01"))
        try repo.commit("Catalogue of January", on: "2024-01-01T10:00:00+07:00")

        try repo.site.edit(p + "ca-kho.md", replacing: "stars: 3", with: "stars: 4")
        try FileManager.default.removeItem(at: repo.site.url(p + "mam-ba-khia.md"))
        try repo.site.write(p + "banh-phong-tom-dat-mui.md", page("Bánh phồng tôm Đất Mũi", producer: "Cơ sở Đất Mũi", issued: "2024-04-01"))
        try repo.site.write(p + "nuoc-mam.md", page("Nước mắm | *Hai Sao* <b>", producer: "Cơ sở Nước Mắm", stars: 2, issued: "2024-04-01"))
        try repo.site.edit(p + "tom-kho.md", replacing: "district: tp-ca-mau", with: "district: Đầm Dơi")
        // Renewed under the 2023 model, whose product sets are grouped differently.
        try repo.site.write(p + "cha-ca.md", page("Chả cá thác lác", producer: "Cơ sở Chả Cá", number: "99/QĐ-UBND", issued: "2024-03-01"))
        try repo.commit("Catalogue of June", on: "2024-06-01T09:00:00+07:00")
        return repo
    }

    @Test func reportsEveryKindOfChangeAsMarkdown() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let before = try repo.git(["status", "--porcelain", "--untracked-files=all"])
        let head = try repo.git(["rev-parse", "HEAD"])
        let run = try OCOPBinary.run(["diff", "HEAD~1", "--root", repo.root.path, "--as-of", "2024-06-01"])
        #expect(run.status == 0, "\(run.stderr)")
        let commit = try repo.git(["rev-parse", "--short", "HEAD~1"])
        let expected = """
        <!-- ocop-diff -->
        ## OCOP catalogue: changes since `HEAD~1` (`\(commit)`)

        **2 added, 1 removed, 1 star change, 1 renewed, 1 newly expired, 2 moves, 1 new diagnostic (1 error, 0 warnings)** · 7 product pages (6 at `HEAD~1`).
        Certificates are judged as of 2024-06-01 in the working tree and as of 2024-01-01 at `HEAD~1`.

        ### Added (2)

        | Product | District | Product set | Stars | Certificate |
        |---|---|---|---|---|
        | Bánh phồng tôm Đất Mũi | Năm Căn | `processed-animal-products` | 3★ | 123/QĐ-UBND, 2024-04-01 to 2027-03-31 |
        | Nước mắm \\| \\*Hai Sao\\* \\<b\\> | — | — | — | not published: the page has errors |

        ### Removed (1)

        | Product | District | Stars |
        |---|---|---|
        | Mắm ba khía | Đầm Dơi | 3★ |

        ### Star changes (1)

        | Product | Before | After |
        |---|---|---|
        | Cá khô | 3★ | 4★ ▲ |

        ### Certificates renewed (1)

        | Product | Before | After |
        |---|---|---|
        | Chả cá thác lác | 77/QĐ-UBND, 2021-03-01 to 2024-02-29 | 99/QĐ-UBND, 2024-03-01 to 2027-02-28 |

        ### Newly expired certificates (1)

        | Product | Certificate | Issued | Valid until |
        |---|---|---|---|
        | Mật ong U Minh | 1072/QĐ-UBND | 2021-02-01 | 2024-01-31 |

        ### Moves (2)

        | Product | Change | Before | After |
        |---|---|---|---|
        | Chả cá thác lác | product set | `processed-seafood` | `processed-animal-products` |
        | Tôm khô | district | Thành phố Cà Mau | Đầm Dơi |

        ### New diagnostics (1)

        - **error** `content/products/nuoc-mam.md:6:8` stars must be one of 3, 4, 5 under qd148-2023, found 2 (`scoring.stars-not-certified`)

        """
        #expect(run.stdout == expected)
        // Read through git alone: the working tree, the index and HEAD are as they were.
        #expect(try repo.git(["status", "--porcelain", "--untracked-files=all"]) == before)
        #expect(try repo.git(["rev-parse", "HEAD"]) == head)
    }

    @Test func noChangeSaysSo() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let run = try OCOPBinary.run(["diff", "HEAD", "--root", repo.root.path, "--as-of", "2024-06-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\nNo changes to the catalogue: 7 product pages (7 at `HEAD`).\n"))
        #expect(!run.stdout.contains("###"))
    }

    @Test func aBadRevisionOrNoRepositoryIsAClearError() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let bad = try OCOPBinary.run(["diff", "no-such-branch", "--root", repo.root.path])
        #expect(bad.status == 1)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.hasPrefix("error: 'no-such-branch' is not a commit of this repository"))

        let option = try OCOPBinary.run(["diff", "--root", repo.root.path, "--", "--output=/tmp/ocop-diff-injected"])
        #expect(option.status == 1)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/ocop-diff-injected"))

        let plain = try TemporaryCopy(of: [])
        defer { plain.remove() }
        let none = try OCOPBinary.run(["diff", "main", "--root", plain.root.path])
        #expect(none.status == 1)
        #expect(none.stderr.contains("is not inside a git repository"))
    }
}
