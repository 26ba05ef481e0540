import Templating

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

    /// The stages up to a validated catalogue, shared by `check` and `build`.
    struct Prepared {
        var content: LoadedContent?
        var catalogue: Catalogue?
        var library: TemplateLibrary?
        var diagnostics: DiagnosticList
    }

    func prepare(timings: inout StageTimings, progress: (String, Double) -> Void = { _, _ in }) -> Prepared {
        let (content, loadFindings) = ContentLoader(project: project).load(timings: &timings)
        progress("load", timings.stages.filter { ["scan", "read", "front matter", "markdown"].contains($0.name) }.reduce(0) { $0 + $1.seconds })
        var diagnostics = loadFindings
        let (models, modelFindings) = timings.measure("models") { ScoringModelLoader.load(project) }
        diagnostics.append(contentsOf: modelFindings)
        let (library, templateFindings) = timings.measure("templates") { TemplateLoader.load(project, required: TemplateLoader.required(for: content?.site)) }
        diagnostics.append(contentsOf: templateFindings)
        var catalogue: Catalogue?
        if let content {
            let validator = CatalogueValidator(project: project, models: models, asOf: options.asOf)
            let (validated, findings) = timings.measure("validate") { validator.validate(content) }
            progress("validate", timings.seconds("validate") ?? 0)
            diagnostics.append(contentsOf: findings)
            catalogue = validated
        }
        return Prepared(content: content, catalogue: catalogue, library: library, diagnostics: diagnostics)
    }

    /// A brochure of a few products, discarded: `check` finds mistakes in the brochure's
    /// templates as it does in the site's. Sites without brochure templates skip it.
    func brochureSample(_ catalogue: Catalogue, _ library: TemplateLibrary) -> [Diagnostic] {
        guard library.contains(BrochureRenderer.template), !catalogue.products.isEmpty else { return [] }
        let renderer = BrochureRenderer(project: project, catalogue: catalogue, library: library)
        guard case .failure(let error) = renderer.render(Array(catalogue.products.prefix(3)), title: catalogue.site.title, subtitle: catalogue.asOf.vietnamese) else { return [] }
        return [TemplateLoader.diagnostic(error)]
    }

    /// Runs every stage but writing; templates are rendered for one page of each kind, strictly.
    public func check() -> CheckResult {
        var timings = StageTimings()
        let prepared = prepare(timings: &timings)
        var diagnostics = prepared.diagnostics
        if let catalogue = prepared.catalogue, let library = prepared.library {
            let routes = SitePlanner(catalogue: catalogue).plan()
            let renderer = SiteRenderer(project: project, catalogue: catalogue, library: library, routes: routes)
            diagnostics.append(contentsOf: timings.measure("render samples") { renderer.renderSamples(routes) })
            diagnostics.append(contentsOf: timings.measure("render brochure sample") { brochureSample(catalogue, library) })
        }
        if options.warningsAsErrors { diagnostics = diagnostics.promotingWarnings() }
        return CheckResult(diagnostics: diagnostics, productsChecked: prepared.content?.pagesFound ?? 0, timings: timings,
                           content: prepared.content, catalogue: prepared.catalogue)
    }
}
