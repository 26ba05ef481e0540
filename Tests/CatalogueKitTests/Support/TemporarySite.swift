import CatalogueKit
import Foundation

/// A site in a fresh temporary folder, written from an inline `[path: contents]` dictionary.
struct TemporarySite {
    let root: URL

    /// `templates`: copy the repository's templates, so `check` can render its samples.
    init(_ files: [String: String] = [:], base: Bool = true, templates: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/products"), withIntermediateDirectories: true)
        if templates { try Fixtures.copyTree(SiteBuild.repositoryTemplates, to: root.appendingPathComponent("templates")) }
        if base { try write("content/site.yml", TemporarySite.siteYAML) }
        for (path, contents) in files { try write(path, contents) }
    }

    func write(_ path: String, _ contents: String) throws {
        try write(path, Data(contents.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    var project: Project { Project(root: root) }

    func check(asOf: String = "2026-11-29") -> CheckResult {
        Pipeline(project: project, options: BuildOptions(asOf: LocalDate(iso: asOf)!)).check()
    }

    func remove() { Fixtures.removeTree(root) }

    static let siteYAML = """
    title: "Sản phẩm OCOP thử nghiệm"
    base_url: "https://example.org/"
    districts:
      - {id: tp-ca-mau, name: "Thành phố Cà Mau"}
      - {id: nam-can, name: "Năm Căn"}
      - {id: dam-doi, name: "Đầm Dơi"}
    """

    /// A valid page (148 era, 3 stars, district certificate) to vary field by field.
    static func page(_ fields: String = TemporarySite.validFields, body: String = "Bánh phồng tôm làm từ tôm tươi.\n") -> String {
        "---\n\(fields)---\n\(body)"
    }

    static let validFields = """
    name: "Bánh phồng tôm Năm Căn"
    producer: "Cơ sở Mai Sáu"
    district: nam-can
    product_set: processed-animal-products
    stars: 3
    assessment:
      scores: {A: 25, B: 15, C: 22}
      total: 62
    certificate:
      number: "123/QĐ-UBND"
      issued: 2024-05-10
      authority: district

    """
}

extension CheckResult {
    /// `path:line:col: severity [code]` for each finding, sorted: what fixtures pin.
    var summaryLines: [String] {
        diagnostics.sorted.map { d in
            let at = d.location.map { "\($0.path):\($0.line):\($0.column)" } ?? "-"
            return "\(at): \(d.severity.rawValue) [\(d.code)]"
        }
    }

    func codes() -> [String] { diagnostics.sorted.map(\.code) }
}
