import Foundation
import Testing
@testable import CatalogueKit

/// Files as editors on Windows and Vietnamese keyboards write them: a byte-order mark, CRLF
/// line endings, letters composed (NFC) or decomposed (NFD), and bytes that are not UTF-8.
@Suite struct EncodingTests {
    static let options = BuildOptions(asOf: LocalDate(iso: "2026-11-29")!)

    static func windows(_ text: String) -> Data {
        Data([0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    }

    @Test func aPageWithABOMAndCRLFBuildsToTheSameBytesAsItsLFTwin() throws {
        var outputs: [[String: Data]] = []
        for bytes in [Data(TemporarySite.page().utf8), Self.windows(TemporarySite.page())] {
            let site = try TemporarySite()
            defer { site.remove() }
            try site.write("content/products/banh-phong-tom.md", bytes)
            try site.write("content/site.yml", Self.windows(TemporarySite.siteYAML + "\n"))
            let result = Pipeline(project: site.project, options: Self.options).build(useCache: false)
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.summaryLines)")
            outputs.append(try Tree.read(site.root.appendingPathComponent("public")))
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test func findingsInACRLFPagePointAtTheirLineAndColumn() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/products/banh-phong-tom.md", Self.windows(BasePage.replacing("stars: 3", with: "stars: 2")))
        let d = try #require(site.check().diagnostics.items.first { $0.code == "scoring.stars-not-certified" })
        #expect(d.location == SourceLocation(path: "content/products/banh-phong-tom.md", line: 6, column: 8))
        #expect(d.lineText == "stars: 2")
    }

    @Test func invalidUTF8IsReportedWithItsByteOffsetLineAndColumn() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        // Line 3 is `producer: "Cơ sở Mai Sáu"`; the bad byte replaces the "M".
        var bytes = [0xEF, 0xBB, 0xBF] + Array(TemporarySite.page().utf8)
        let at = try #require(bytes.firstRange(of: Array("Mai".utf8))).lowerBound
        bytes[at] = 0xFF
        try site.write("content/products/banh-phong-tom.md", Data(bytes))
        let d = try #require(site.check().diagnostics.items.first)
        #expect(d.code == "source.invalid-utf8")
        #expect(d.message.contains("byte offset \(at)"))
        #expect(d.location == SourceLocation(path: "content/products/banh-phong-tom.md", line: 3, column: 18))
    }

    @Test func aDistrictWrittenInNFDMatchesEitherWay() throws {
        let nfd = "Năm Căn".decomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars) != Array("Năm Căn".unicodeScalars))
        // The page in NFD against site.yml in NFC, and the page in NFC against site.yml in NFD.
        for (page, siteName) in [(nfd, "Năm Căn"), ("Năm Căn", nfd)] {
            let site = try TemporarySite(["content/products/banh-phong-tom.md": BasePage.replacing("district: nam-can", with: "district: \"\(page)\"")])
            defer { site.remove() }
            try site.write("content/site.yml", TemporarySite.siteYAML.replacingOccurrences(of: "\"Năm Căn\"", with: "\"\(siteName)\""))
            let result = site.check()
            #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.summaryLines)")
            #expect(result.catalogue?.products.first?.district.id == "nam-can")
        }
    }

    @Test func slugsAreTheSameFromNFCAndNFD() {
        for name in ["Bánh phồng tôm Đất Mũi", "Mật ong rừng U Minh Hạ", "Khô cá bổi Sông Đốc", "Nước mắm Mạch Long 40 độ đạm", "Đầm Dơi", "Thới Bình"] {
            let nfd = name.decomposedStringWithCanonicalMapping
            #expect(VietnameseText.slug(nfd) == VietnameseText.slug(name), "\(name)")
            #expect(VietnameseText.isSlug(VietnameseText.slug(nfd)))
        }
        #expect(VietnameseText.slug("Bánh phồng tôm Đất Mũi".decomposedStringWithCanonicalMapping) == "banh-phong-tom-dat-mui")
    }

    @Test func theSameProductInNFCAndNFDIsADuplicate() throws {
        let nfd = BasePage.replacing("\"Bánh phồng tôm Năm Căn\"", with: "\"\("Bánh phồng tôm Năm Căn".decomposedStringWithCanonicalMapping)\"")
        let site = try TemporarySite(["content/products/banh-phong-tom.md": BasePage.text, "content/products/banh-phong-tom-2.md": nfd])
        defer { site.remove() }
        let result = site.check()
        #expect(result.summaryLines == ["content/products/banh-phong-tom.md:2:7: error [content.duplicate-product]"]
                || result.summaryLines == ["content/products/banh-phong-tom-2.md:2:7: error [content.duplicate-product]"],
                "\(result.summaryLines)")
    }
}
