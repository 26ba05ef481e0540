/// The validation stage: loaded documents in, the validated catalogue (with its indexes) out.
///
/// Split in two so the build cache can skip unchanged pages: `validate` judges pages one by one
/// (on all cores), `assemble` applies the cross-page rules and builds the indexes.
public struct CatalogueValidator: Sendable {
    public let project: Project
    public let models: ScoringModelSet
    public let asOf: LocalDate

    public init(project: Project, models: ScoringModelSet, asOf: LocalDate) {
        self.project = project
        self.models = models
        self.asOf = asOf
    }

    /// Judges one page at a time (safe to share across threads).
    func pageValidator(site: SiteConfig) -> ProductValidator {
        ProductValidator(context: ValidationContext(project: project, site: site, models: models, asOf: asOf))
    }

    /// Cross-page rules and indexes, over results in source order.
    public func assemble(_ results: [PageResult], site: SiteConfig) -> (Catalogue, DiagnosticList) {
        // The duplicate check runs beside the gathering below: both are on the one-thread path
        // between reading the pages and rendering them.
        let duplicateCheck = Concurrently { DuplicateRule.check(results.compactMap(\.identity)) }
        var diagnostics = DiagnosticList()
        var shown: [Product] = [], hidden: [Product] = []
        for result in results {
            diagnostics.append(contentsOf: result.diagnostics)
            guard let product = result.product else { continue }
            if product.certificate.expired && site.expired == .hide { hidden.append(product) } else { shown.append(product) }
        }
        let duplicates = duplicateCheck.value
        diagnostics.append(contentsOf: duplicates)
        let rejected = Set(duplicates.compactMap { $0.location?.path })
        shown.removeAll { rejected.contains($0.sourcePath) }
        return (Catalogue(site: site, models: models, asOf: asOf, products: shown, hiddenExpired: hidden), diagnostics)
    }
}
