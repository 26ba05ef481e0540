import Foundation
import Testing

@Suite(.serialized) struct CheckCommandTests {
    @Test func sampleCatalogueHasNoErrors() throws {
        let run = try OCOPBinary.run(["check", "--root", OCOPBinary.repositoryRoot.path, "--as-of", "2026-11-29"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("ocop check: 36 products, 0 errors"))
    }

    @Test func tenMistakesInTenPagesAreAllReportedInOneRun() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        let p = "content/products/"
        let mistakes: [(String, String, String, String)] = [
            ("cam-3-tinh.md", "stars: 3", "stars: 2", "scoring.stars-not-certified"),
            ("chuoi-say-deo-minh-quan.md", "district: thoi-binh", "district: \"Thoi Binhh\"", "district.unknown"),
            ("ruou-nhau-nguyen-gia.md", "product_set: other-alcoholic", "product_set: other-alcoholik", "scoring.unknown-product-set"),
            ("tom-kho-con-tom.md", "name:", "nmae:", "field.unknown"),
            ("kho-ca-mao-ga.md", "certificate:", "certificate_:", "field.unknown"),
            ("gao-sinh-thai-tu-tam.md", "issued: 2021-06-15", "issued: 2031-06-15", "certificate.issued-in-future"),
            ("nuoc-mam-ngoc-tran.md", "authority: province", "authority: district", "certificate.authority-mismatch"),
            ("ruoc-say-huong-bien.md", "stars: 3", "stars: 4", "scoring.stars-above-band"),
            ("buoi-da-xanh-khanh-hung.md", "total: 56", "total: 57", "scoring.total-mismatch"),
            ("mam-tom-song-dam.md", "---\nname", "---\nname: x\nname", "field.duplicate"),
        ]
        for (file, old, new, _) in mistakes { try site.edit(p + file, replacing: old, with: new) }
        let run = try OCOPBinary.run(["check", "--root", site.root.path, "--as-of", "2026-11-29", "--format", "json"])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let errors = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }.filter { $0["severity"] as? String == "error" }
        #expect(Set(errors.map { $0["path"] as! String }).count == 10)
        for (file, _, _, code) in mistakes {
            #expect(errors.contains { $0["path"] as? String == p + file && $0["code"] as? String == code }, "\(file): \(code) missing in \(errors.filter { $0["path"] as? String == p + file })")
        }
        #expect(run.stderr.contains("36 products, \(errors.count) errors"))
    }

    @Test func textFormatIsCompilerStyleWithACaret() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        try site.edit("content/products/cam-3-tinh.md", replacing: "stars: 3", with: "stars: 2")
        let run = try OCOPBinary.run(["check", "--root", site.root.path, "--as-of", "2026-11-29"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("content/products/cam-3-tinh.md:") && $0.contains("error:") })
        #expect(lines[index].hasSuffix("[scoring.stars-not-certified]"))
        #expect(lines[index + 1].hasSuffix("| stars: 2"))
        #expect(lines[index + 2].hasSuffix("|        ^"))
        #expect(lines.last(where: { !$0.isEmpty })?.hasPrefix("ocop check: 36 products, 1 error,") == true)
    }

    @Test func githubFormatAnnotatesTheLine() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        try site.edit("content/products/cam-3-tinh.md", replacing: "stars: 3", with: "stars: 2")
        let run = try OCOPBinary.run(["check", "--root", site.root.path, "--as-of", "2026-11-29", "--format", "github"])
        let line = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("::error ") })
        #expect(line.hasPrefix("::error file=content/products/cam-3-tinh.md,line=7,col=8,title=scoring.stars-not-certified::stars must be one of 3, 4, 5"))
        #expect(run.stdout.contains("::warning file="))
    }

    @Test func warningsAsErrorsFailsOnWarnings() throws {
        let run = try OCOPBinary.run(["check", "--root", OCOPBinary.repositoryRoot.path, "--as-of", "2026-11-29", "--warnings-as-errors"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("0 warnings"))
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try OCOPBinary.run(["check", "--as-of", "29/11/2026"]).status == 64)
        #expect(try OCOPBinary.run(["check", "--format", "xml"]).status == 64)
        #expect(try OCOPBinary.run(["check", "--root", "/nonexistent-ocop"]).status == 64)
        #expect(try OCOPBinary.run(["frobnicate"]).status == 64)
    }

    @Test func sourceDateEpochPinsTheAsOfDay() throws {
        // 2023-06-01: only 1048-era certificates issued before mid-2020 have lapsed.
        let run = try OCOPBinary.run(["check", "--root", OCOPBinary.repositoryRoot.path], environment: ["SOURCE_DATE_EPOCH": "1685577600"])
        let pinned = try OCOPBinary.run(["check", "--root", OCOPBinary.repositoryRoot.path, "--as-of", "2023-06-01"])
        #expect(run.stderr == pinned.stderr)
    }
}
