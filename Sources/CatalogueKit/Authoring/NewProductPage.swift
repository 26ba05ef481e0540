import Foundation
import Templating

/// `ocop new product`: a product page made from the site's archetype, `templates/archetypes/product.md`,
/// with every required field present. What the author has not said yet is left as a placeholder that
/// `ocop check` rejects (`""`, `stars: 0`), so a half-filled page can never be published by mistake.
public struct NewProductPage: Sendable {
    /// A Mustache template, rendered by the project's own engine. It is not a `.mustache` file, so the
    /// template loader never takes it for a page template.
    public static let archetypePath = "templates/archetypes/product.md"

    public var name: String
    public var district: SiteConfig.District?
    public var productSet: String?
    public var stars: Int?
    /// The certificate's issue date until the author writes the real one: the "as of" day.
    public var issued: LocalDate

    public init(name: String, district: SiteConfig.District? = nil, productSet: String? = nil, stars: Int? = nil, issued: LocalDate) {
        self.name = name.trimmingWhitespace()
        self.district = district
        self.productSet = productSet
        self.stars = stars
        self.issued = issued
    }

    public var slug: String { VietnameseText.slug(name) }

    /// Where the page is written, relative to the project root.
    public var path: String { "content/products/\(slug).md" }

    /// What the archetype sees. Text arrives already quoted for YAML (use triple braces); every
    /// name is present, null when unknown, so the archetype is rendered strictly.
    public var values: TemplateValue {
        [
            "name": .string(YAMLText.quoted(name)),
            "slug": .string(slug),
            "district": .string(YAMLText.quoted(district?.id ?? "")),
            "district_name": district.map { .string($0.name) } ?? .null,
            "product_set": .string(YAMLText.quoted(productSet ?? "")),
            "stars": .integer(stars ?? 0),
            "issued": .string(issued.iso),
        ]
    }

    /// The page's text. A mistake in the archetype is a diagnostic at its line and column.
    public func render(archetype: String) -> Result<String, Diagnostic> {
        func diagnostic(_ error: TemplateError) -> Diagnostic {
            Diagnostic(.error, code: error.code, message: error.message,
                       location: SourceLocation(path: Self.archetypePath, line: max(1, error.line), column: max(1, error.column)),
                       lineText: error.lineText.isEmpty ? nil : error.lineText)
        }
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(sources: ["product": archetype])
        } catch {
            return .failure(diagnostic(error.errors[0]))
        }
        do throws(TemplateError) {
            return .success(try library.render("product", values, strict: true))
        } catch {
            return .failure(diagnostic(error))
        }
    }

    /// Writes the page and returns its path. Never replaces a page: `<slug>.md` or `<slug>/index.md`.
    public func create(in project: Project) -> Result<String, Diagnostic> {
        let fm = FileManager.default
        guard !slug.isEmpty else {
            return .failure(.error("new.invalid-name", "\"\(name)\" has no letters or digits to make a file name from",
                                   notes: ["give the product's name as it appears on its certificate, e.g. \"Bánh phồng tôm Năm Căn\""]))
        }
        let products = project.productsDirectory
        for existing in [path, "content/products/\(slug)/index.md"] where fm.fileExists(atPath: project.root.appendingPathComponent(existing).path) {
            return .failure(.error("new.exists", "\(existing) already exists; ocop new never replaces a page",
                                   notes: ["edit that page, or give the new product a different name"]))
        }
        guard fm.fileExists(atPath: project.contentDirectory.path) else {
            return .failure(.error("new.no-content", "there is no \(project.relativePath(project.contentDirectory))/ folder here",
                                   notes: ["run ocop in the site's folder, or point --root at it"]))
        }
        let archetypeURL = project.root.appendingPathComponent(Self.archetypePath)
        guard let data = fm.contents(atPath: archetypeURL.path) else {
            return .failure(.error("new.no-archetype", "there is no \(Self.archetypePath) to make the page from", at: SourceLocation(path: Self.archetypePath),
                                   notes: ["copy templates/archetypes/product.md from the ocop repository into the site"]))
        }
        let text: String
        switch render(archetype: String(decoding: data, as: UTF8.self)) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let rendered): text = rendered
        }
        do {
            try fm.createDirectory(at: products, withIntermediateDirectories: true)
            // Without overwriting: a page that appeared since the check above is still kept.
            try Data(text.utf8).write(to: project.root.appendingPathComponent(path), options: .withoutOverwriting)
        } catch {
            return .failure(.error("new.write", "cannot write \(path): \(error.localizedDescription)", at: SourceLocation(path: path)))
        }
        return .success(path)
    }
}
