import ArgumentParser
import CatalogueKit

/// `ocop new <kind>`: new content from the site's archetypes, as Hugo does. Products are the only
/// kind today; the nested subcommand leaves room for others.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create new content from templates/archetypes/.",
        subcommands: [Product.self])

    /// `ocop new product "Tên sản phẩm"`.
    struct Product: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "product",
            abstract: "Write content/products/<slug>.md from templates/archetypes/product.md.",
            discussion: """
            The slug is the name without diacritics ("Bánh phồng tôm Đất Mũi" → banh-phong-tom-dat-mui). \
            Every required field is written; what is not known yet is a placeholder that `ocop check` \
            reports until it is filled. An existing page is never replaced (exit status 1).
            """)

        @OptionGroup var project: ProjectOptions

        @Argument(help: "The product's name, as on its certificate.")
        var name: String

        @Option(help: ArgumentHelp("A district of site.yml, by id or name (diacritics optional).", valueName: "district"))
        var district: String?

        @Option(name: .customLong("product-set"), help: ArgumentHelp("A product-set id of the scoring model in force (see `ocop models`).", valueName: "id"))
        var productSet: String?

        @Option(help: ArgumentHelp("The star rating: 3, 4 or 5.", valueName: "n"))
        var stars: Int?

        func validate() throws {
            if let stars, !(3...5).contains(stars) { throw ValidationError("--stars must be 3, 4 or 5, got \(stars)") }
        }

        func run() throws {
            let site = project.project
            let issued = try project.resolvedAsOf()
            var page = NewProductPage(name: name, productSet: productSet, stars: stars, issued: issued)
            if let district { page.district = try resolve(district: district, in: site) }
            if let productSet { try check(productSet: productSet, in: site, on: issued) }
            switch page.create(in: site) {
            case .failure(let diagnostic): fail(diagnostic)
            case .success(let path):
                var blanks = ["producer"]
                if page.district == nil { blanks.append("district") }
                if productSet == nil { blanks.append("product_set") }
                if stars == nil { blanks.append("stars") }
                blanks.append("certificate.number")
                print("""
                wrote \(path)
                next:
                  1. fill in \(blanks.joined(separator: ", ")) and check certificate.issued (\(issued.iso))
                  2. write the description under the front matter (its first paragraph is the summary)
                  3. run `ocop check`, or `ocop serve` to preview the page
                """)
            }
        }

        private func resolve(district written: String, in site: CatalogueKit.Project) throws -> SiteConfig.District {
            var diagnostics = DiagnosticList()
            guard let (config, _) = ContentLoader(project: site).loadSite(into: &diagnostics) else {
                DiagnosticPrinter().print(diagnostics)
                throw ExitCode(1)
            }
            if let match = config.district(matching: written) { return match }
            var notes = ["districts of site.yml: " + config.districts.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")]
            if let guess = config.closestDistrict(to: written) { notes.insert("did you mean \"\(guess.name)\" (\(guess.id))?", at: 0) }
            fail(.error("district.unknown", "\"\(written)\" is not a district of site.yml", notes: notes))
        }

        private func check(productSet id: String, in site: CatalogueKit.Project, on day: LocalDate) throws {
            let (models, findings) = ScoringModelLoader.load(site)
            guard let model = models.inForce(on: day), model.productSet(id) == nil else {
                if DiagnosticList(findings).hasErrors { DiagnosticPrinter().print(DiagnosticList(findings)); throw ExitCode(1) }
                return
            }
            var notes = ["`ocop models` lists the product sets of \(model.id)"]
            if let guess = Suggestion.closest(to: id, in: model.productSets.map(\.id)) { notes.insert("did you mean '\(guess)'?", at: 0) }
            fail(.error("scoring.unknown-product-set", "'\(id)' is not a product set of \(model.id), the model in force on \(day.iso)", notes: notes))
        }

        private func fail(_ diagnostic: Diagnostic) -> Never {
            DiagnosticPrinter().print(DiagnosticList([diagnostic]))
            Self.exit(withError: ExitCode(1))
        }
    }
}
