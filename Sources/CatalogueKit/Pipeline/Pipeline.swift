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
        var pagesFound = 0
        var results: [PageResult] = []
        var stamps: [String: FileStamp] = [:]
        var catalogue: Catalogue?
        var library: TemplateLibrary?
        var diagnostics = DiagnosticList()
        var validationKey: UInt64 = 0
        var reusedPages = 0
        /// Pages whose result came from the cache (their cache records can be kept as they are).
        var cacheHits: Set<String> = []
        var projectRoot = ""
        /// The last build's cache, when it was made for the same site, models, day and binary.
        var cache: BuildCache?
    }

    /// `html: false` leaves product descriptions to be rendered on demand (`check`). `scanned`
    /// gets the product pages as soon as they are listed, before any is read.
    func prepare(timings: inout StageTimings, cache: BuildCache? = nil, readCache: Bool = false, html: Bool = true,
                 progress: (String, Double) -> Void = { _, _ in }, scanned: ([ProductSource]) -> Void = { _ in }) -> Prepared {
        var prepared = Prepared()
        let project = self.project
        prepared.projectRoot = project.root.path
        let loader = ContentLoader(project: project)
        // Listing content/products/ (a readdir of every page) runs beside reading the site, the
        // models and the templates: each is a few milliseconds on one core before the pages
        // spread over all of them. Findings keep the order of a serial run.
        let scanning = Concurrently {
            var scanTime = StageTimings()
            let scan = scanTime.measure("scan") { ContentScanner.scan(project) }
            return (scan, scanTime)
        }
        let (models, modelFindings) = timings.measure("models") { ScoringModelLoader.load(project) }
        var siteFindings = DiagnosticList()
        let site = loader.loadSite(into: &siteFindings)
        let (library, templateFindings) = timings.measure("templates") { TemplateLoader.load(project, required: TemplateLoader.required(for: site?.0)) }
        let ((sources, scanFindings), scanTime) = scanning.value
        scanned(sources)
        timings.prepend(scanTime)
        prepared.pagesFound = sources.count
        prepared.diagnostics.append(contentsOf: scanFindings)
        prepared.diagnostics.append(contentsOf: modelFindings)
        prepared.diagnostics.append(contentsOf: siteFindings)
        prepared.library = library
        prepared.diagnostics.append(contentsOf: templateFindings)
        guard let (site, siteSource) = site else { return prepared }
        prepared.validationKey = BuildKeys.validation(site: siteSource, project: project, asOf: options.asOf)

        // Pages unchanged since the last build keep their validated result.
        let validationKey = prepared.validationKey
        let previous = readCache ? timings.measure("cache") {
            BuildCache.load(BuildCache.file(for: project), site: site, models: models, root: project.root.path).flatMap { $0.validationKey == validationKey ? $0 : nil }
        } : cache
        prepared.cache = previous
        let root = project.root.path
        // Stamps key the cache: without one to read or write (`--no-cache`), no page is stat'ed.
        let needsStamps = readCache || previous != nil
        let lookups: [(FileStamp?, PageResult?)] = !needsStamps ? Array(repeating: (nil, nil), count: sources.count) : timings.measure("stat") {
            sources.parallelMap { source in
                let stamp = FileStamp.of(root + "/" + source.path)
                return (stamp, previous?.result(for: source.path, stamp: stamp, root: root))
            }
        }
        var fresh: [ProductSource] = []
        for (source, lookup) in zip(sources, lookups) {
            if let stamp = lookup.0 { prepared.stamps[source.path] = stamp }
            if lookup.1 == nil { fresh.append(source) } else { prepared.cacheHits.insert(source.path) }
        }
        // Each page is read, decoded, rendered and judged in one go, so nothing but its result
        // stays in memory; steps are timed per page and summed.
        let validator = CatalogueValidator(project: project, models: models, asOf: options.asOf)
        let pageValidator = validator.pageValidator(site: site)
        let processed = timings.measure("pages") {
            fresh.parallelMap { source -> (PageResult?, [Diagnostic], StageClock) in
                var clock = StageClock()
                let (document, failures) = loader.loadPage(source, site: site, html: html, clock: &clock)
                guard let document else { return (nil, failures, clock) }
                let result = clock.time(.validate) { pageValidator.validate(document) }
                return (result, [], clock)
            }
        }
        // Fresh pages come back in the order of `sources`: merged with the kept ones in one pass,
        // with no lookup by path (20,000 hashes on one thread).
        var clock = StageClock()
        var freshResults = processed.makeIterator()
        prepared.results.reserveCapacity(sources.count)
        for lookup in lookups {
            if let kept = lookup.1 {
                prepared.results.append(kept)
            } else if let (result, failures, pageClock) = freshResults.next() {
                clock.add(pageClock)
                prepared.diagnostics.append(contentsOf: failures)
                if let result { prepared.results.append(result) }
            }
        }
        timings.record(StageClock.Step.loading, of: clock, in: "pages")
        progress("load", timings.stages.filter { ["scan", "cache", "stat", "pages"].contains($0.name) }.reduce(0) { $0 + $1.seconds })

        let (catalogue, findings) = timings.measure("assemble") { validator.assemble(prepared.results, site: site) }
        prepared.reusedPages = lookups.filter { $0.1 != nil }.count
        progress("validate", timings.seconds("assemble") ?? 0)
        prepared.diagnostics.append(contentsOf: findings)
        prepared.catalogue = catalogue
        return prepared
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
    /// Unchanged pages take their results from the last build's cache when there is one.
    public func check(useCache: Bool = true) -> CheckResult {
        var timings = StageTimings()
        let prepared = prepare(timings: &timings, readCache: useCache, html: false)
        var diagnostics = prepared.diagnostics
        if let catalogue = prepared.catalogue, let library = prepared.library {
            let routes = SitePlanner(catalogue: catalogue).plan()
            let renderer = SiteRenderer(project: project, catalogue: catalogue, library: library, routes: routes, allPages: false)
            diagnostics.append(contentsOf: timings.measure("render samples") { renderer.renderSamples(routes) })
            diagnostics.append(contentsOf: timings.measure("render brochure sample") { brochureSample(catalogue, library) })
        }
        if options.warningsAsErrors { diagnostics = diagnostics.promotingWarnings() }
        return CheckResult(diagnostics: diagnostics, productsChecked: prepared.pagesFound, timings: timings, catalogue: prepared.catalogue,
                           pages: prepared.results)
    }
}
