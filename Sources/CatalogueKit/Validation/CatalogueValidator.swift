/// The validation stage: loaded documents in, the validated catalogue (with its indexes) out.
public struct CatalogueValidator: Sendable {
    public let project: Project
    public let models: ScoringModelSet
    public let asOf: LocalDate

    public init(project: Project, models: ScoringModelSet, asOf: LocalDate) {
        self.project = project
        self.models = models
        self.asOf = asOf
    }

    /// Every product that passes, and every finding. Products with errors are left out.
    public func validate(_ content: LoadedContent) -> (Catalogue, DiagnosticList) {
        let context = ValidationContext(project: project, site: content.site, models: models, asOf: asOf)
        let validator = ProductValidator(context: context)
        let results = content.documents.parallelMap { validator.validate($0) }
        var diagnostics = DiagnosticList()
        var shown: [Product] = [], hidden: [Product] = []
        for (product, findings) in results {
            diagnostics.append(contentsOf: findings)
            guard let product else { continue }
            if product.certificate.expired && content.site.expired == .hide { hidden.append(product) } else { shown.append(product) }
        }
        let duplicates = DuplicateRule.check(content.documents)
        diagnostics.append(contentsOf: duplicates)
        let rejected = Set(duplicates.compactMap { $0.location?.path })
        shown.removeAll { rejected.contains($0.sourcePath) }
        return (Catalogue(site: content.site, models: models, asOf: asOf, products: shown, hiddenExpired: hidden), diagnostics)
    }
}
