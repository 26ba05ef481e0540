/// source files → product documents → validated catalogue → routes → pages → `public/`.
///
/// Each stage gathers all of its findings; a build stops after the first stage with errors,
/// while `check` runs every stage that can run and reports everything.
public struct Pipeline: Sendable {
    public let project: Project
    public let options: BuildOptions

    public init(project: Project, options: BuildOptions) {
        self.project = project
        self.options = options
    }

    /// Runs every stage but writing.
    public func check() -> CheckResult {
        var timings = StageTimings()
        let (content, loadFindings) = ContentLoader(project: project).load(timings: &timings)
        var diagnostics = loadFindings
        let (models, modelFindings) = timings.measure("models") { ScoringModelLoader.load(project) }
        diagnostics.append(contentsOf: modelFindings)
        var catalogue: Catalogue?
        if let content {
            let validator = CatalogueValidator(project: project, models: models, asOf: options.asOf)
            let (validated, findings) = timings.measure("validate") { validator.validate(content) }
            diagnostics.append(contentsOf: findings)
            catalogue = validated
        }
        if options.warningsAsErrors { diagnostics = diagnostics.promotingWarnings() }
        return CheckResult(diagnostics: diagnostics, productsChecked: content?.pagesFound ?? 0, timings: timings, content: content, catalogue: catalogue)
    }
}
