import Foundation
import Testing

/// `ocop brochure` on the sample catalogue, as an official preparing a trade fair runs it.
@Suite(.serialized) struct BrochureCommandTests {
    /// The issue's example. Of the three Năm Căn products, only Kiên Cường's re-certified
    /// shrimp crackers are valid on 29/11/2026; --include-expired brings the other two.
    static func arguments(_ folder: URL, pdf: Bool = false, includeExpired: Bool = true, district: String = "Năm Căn") -> [String] {
        ["brochure", "--root", OCOPBinary.repositoryRoot.path, "--as-of", "2026-11-29", "--district", district, "--stars", "3-4",
         "--title", "Hội chợ OCOP 2026", "--subtitle", "Cà Mau, 5–9/12/2026", "-o", folder.appendingPathComponent("brochure.html").path]
            + (includeExpired ? ["--include-expired"] : []) + (pdf ? ["--pdf", folder.appendingPathComponent("brochure.pdf").path] : [])
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-brochure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func writesOneSelfContainedHTMLFileWithACardPerSelectedProduct() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try OCOPBinary.run(Self.arguments(folder))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("brochure.html: 3 products from 1 district"))
        let html = try String(contentsOf: folder.appendingPathComponent("brochure.html"), encoding: .utf8)
        #expect(html.contains("<h1 id=\"tieu-de\">Hội chợ OCOP 2026</h1>"))
        #expect(html.components(separatedBy: "<article class=\"card").count - 1 == 3)
        for slug in ["banh-phong-tom-kien-cuong", "banh-phong-tom-mai-sau", "tom-kho-con-tom"] {
            #expect(html.contains("<a href=\"#sp-\(slug)\">"), "contents link to \(slug)")
            #expect(html.contains("id=\"sp-\(slug)\""))
        }
        #expect(html.contains("src=\"data:image/svg+xml;base64,"))
        #expect(html.contains("@page"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["brochure.html"], "no temporary file left beside it")
    }

    @Test func theIssuesExampleSelectsTheValidProductWithoutFlags() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try OCOPBinary.run(Self.arguments(folder, includeExpired: false))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("brochure.html: 1 product from 1 district"))
        let html = try String(contentsOf: folder.appendingPathComponent("brochure.html"), encoding: .utf8)
        #expect(html.contains("id=\"sp-banh-phong-tom-kien-cuong\""))
        #expect(!html.contains("id=\"sp-tom-kho-con-tom\""))
    }

    @Test func expiredProductsAreLeftOutAndTheEmptySelectionExplained() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try OCOPBinary.run(Self.arguments(folder, includeExpired: false, district: "Đầm Dơi"))
        #expect(run.status == 1)
        #expect(run.stderr.contains("ocop brochure: no product matches every filter: --district \"Đầm Dơi\" matched none with a valid certificate (4 products expired), --stars 3-4 matched 15 products (and 21 expired)"))
        #expect(run.stderr.contains("add --include-expired"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("brochure.html").path))
    }

    @Test func validProductsNeedNoFlag() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("b.html").path
        let run = try OCOPBinary.run(["brochure", "--root", OCOPBinary.repositoryRoot.path, "--as-of", "2026-11-29", "--stars", "4",
                                      "--district", "tp-ca-mau", "--district", "ngoc hien", "--title", "Yến và tôm khô", "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("6 products from 2 districts"))
    }

    @Test func usageErrorsExitWith64() throws {
        let root = OCOPBinary.repositoryRoot.path
        for stars in ["6", "3-", "4;5", "three"] {
            let run = try OCOPBinary.run(["brochure", "--root", root, "--stars", stars, "--title", "T"])
            #expect(run.status == 64, "--stars \(stars)")
            #expect(run.stderr.contains("--stars takes star ratings"))
        }
        #expect(try OCOPBinary.run(["brochure", "--root", root]).status == 64, "--title is required")
        #expect(try OCOPBinary.run(["brochure", "--root", root, "--title", " "]).status == 64)
        #expect(try OCOPBinary.run(["brochure", "--root", root, "--title", "T", "--district", ""]).status == 64)
    }

    @Test func refusesACatalogueWithErrors() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        try site.edit("content/products/cam-3-tinh.md", replacing: "stars: 3", with: "stars: 2")
        let run = try OCOPBinary.run(["brochure", "--root", site.root.path, "--as-of", "2026-11-29", "--title", "T", "-o", site.url("b.html").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("[scoring.stars-not-certified]"))
        #expect(run.stderr.contains("no brochure written"))
        #expect(!FileManager.default.fileExists(atPath: site.url("b.html").path))
    }

    @Test func pdfWithoutChromiumSaysHowToInstallIt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try OCOPBinary.run(Self.arguments(folder, pdf: true), environment: ["PATH": folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("install it with: apt-get install chromium fonts-noto-core"))
    }

    @Test(.enabled(if: ExternalTool.path("chromium") != nil || ExternalTool.path("chromium-browser") != nil, "Chromium is not installed, so the PDF is not tested"))
    func printsAnA4PDFWithVietnameseText() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try OCOPBinary.run(Self.arguments(folder, pdf: true))
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = folder.appendingPathComponent("brochure.pdf")
        let data = try Data(contentsOf: pdf)
        #expect(data.prefix(5).elementsEqual("%PDF-".utf8))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["brochure.html", "brochure.pdf"])
        guard ExternalTool.path("pdftotext") != nil else {
            print("skipping the PDF's text check: pdftotext (Debian poppler-utils) is not installed")
            return
        }
        let text = try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"]).output
        for words in ["Hội chợ OCOP 2026", "Mục lục", "Năm Căn", "Bánh phồng tôm", "Tôm khô", "Công ty TNHH SX-TM-DV Kiên Cường", "Chế biến từ thủy, hải sản"] {
            #expect(text.contains(words), "the PDF's text lacks \(words)")
        }
        let info = try ExternalTool.run("pdfinfo", [pdf.path]).output
        #expect(info.contains("(A4)"), "\(info)")
    }
}
