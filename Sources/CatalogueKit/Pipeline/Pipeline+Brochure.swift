extension Pipeline {
    /// Loads and validates like `check`, refuses a catalogue with errors, then selects products
    /// and renders the brochure. Writing it, and printing to PDF, is the caller's business.
    public func brochure(_ selection: BrochureSelection, title: String, subtitle: String?) -> BrochureResult {
        var timings = StageTimings()
        let prepared = prepare(timings: &timings)
        var diagnostics = prepared.diagnostics
        if let library = prepared.library, !library.contains(BrochureRenderer.template) {
            let path = project.relativePath(project.templatesDirectory) + "/\(BrochureRenderer.template).mustache"
            diagnostics.append(.error("template.missing", "the brochure needs a template \(path)", at: SourceLocation(path: path)))
        }
        var result = BrochureResult(diagnostics: diagnostics, productCount: prepared.catalogue?.products.count ?? 0)
        let blocking = options.warningsAsErrors ? !diagnostics.isEmpty : diagnostics.hasErrors
        guard !blocking, let catalogue = prepared.catalogue, let library = prepared.library else { return result }

        let outcome = selection.select(from: catalogue)
        result.outcome = outcome
        guard !outcome.products.isEmpty else { return result }
        switch BrochureRenderer(project: project, catalogue: catalogue, library: library).render(outcome.products, title: title, subtitle: subtitle) {
        case .success(let html): result.html = html
        case .failure(let error): result.diagnostics.append(TemplateLoader.diagnostic(error))
        }
        return result
    }
}
