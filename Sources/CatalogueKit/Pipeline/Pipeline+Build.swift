extension Pipeline {
    /// Loads, validates, plans, renders and writes. Stops after the first stage with errors,
    /// leaving the previous output untouched. `progress` hears each stage as it ends.
    public func build(force: Bool = false, progress: @escaping (String, Double) -> Void = { _, _ in }) -> BuildResult {
        var timings = StageTimings()
        var result = BuildResult(diagnostics: DiagnosticList(), timings: timings)
        func finish(_ diagnostics: DiagnosticList) -> BuildResult {
            result.diagnostics = options.warningsAsErrors ? diagnostics.promotingWarnings() : diagnostics
            result.timings = timings
            return result
        }
        func report(_ stage: String, _ names: [String]) {
            progress(stage, timings.stages.filter { names.contains($0.name) }.reduce(0) { $0 + $1.seconds })
        }

        if let unsafe = OutputSafety.check(project, force: force) { return finish(DiagnosticList([unsafe])) }
        let prepared = prepare(timings: &timings, progress: progress)
        var diagnostics = prepared.diagnostics
        result.productCount = prepared.catalogue?.products.count ?? 0
        let blocking = options.warningsAsErrors ? !diagnostics.isEmpty : diagnostics.hasErrors
        guard !blocking, let catalogue = prepared.catalogue, let library = prepared.library else { return finish(diagnostics) }

        let routes = timings.measure("plan") { SitePlanner(catalogue: catalogue).plan() }
        let renderer = SiteRenderer(project: project, catalogue: catalogue, library: library, routes: routes)
        let (pages, pageFindings) = timings.measure("render") { renderer.renderPages(routes) }
        let (support, supportFindings) = timings.measure("render support files") { renderer.renderSupportFiles(routes) }
        report("render", ["plan", "render", "render support files"])
        diagnostics.append(contentsOf: pageFindings)
        diagnostics.append(contentsOf: supportFindings)
        guard !diagnostics.hasErrors else { return finish(diagnostics) }

        do {
            result.bytesWritten = try OutputWriter(project: project).write(pages + support, timings: &timings)
            report("write", ["write", "swap"])
            result.pagesWritten = pages.count
            result.filesWritten = pages.count + support.count
        } catch {
            diagnostics.append(.error("output.write", "\(error)", at: SourceLocation(path: project.relativePath(project.outputDirectory)),
                                      notes: ["the previous site was left as it was"]))
        }
        return finish(diagnostics)
    }
}
