import Foundation
import Templating

extension Pipeline {
    /// Loads, validates, plans, renders and writes. Stops after the first stage with errors,
    /// leaving the previous output untouched. With `useCache`, pages unchanged since the last
    /// build are not read again, and output files whose inputs are unchanged are linked from
    /// the current output instead of rendered; the result is byte-identical to a clean build.
    public func build(force: Bool = false, useCache: Bool = true, progress: @escaping (String, Double) -> Void = { _, _ in }) -> BuildResult {
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

        // Read once: the safety check, and the files this build may link as unchanged.
        let published = OutputSafety.manifest(of: project.outputDirectory)
        // The check walks the whole output folder, so it runs beside the reading of the content;
        // nothing is written before it has passed.
        let project = self.project
        let safety = Concurrently { OutputSafety.check(project, force: force, manifest: published) }
        // Without a spare site to start from, the product folders are made while the pages are
        // read (see EarlyStaging); a spare has them already.
        let startsEmpty = !FileManager.default.fileExists(atPath: OutputStaging.spare(of: project.outputDirectory).path)
        var early: EarlyStaging?
        let prepared = prepare(timings: &timings, readCache: useCache, progress: progress, scanned: { sources in
            if startsEmpty { early = EarlyStaging(project: project, keepSpare: useCache, sources: sources, safety: safety) }
        })
        if let unsafe = timings.measure("safety", { safety.value }) {
            early?.discard()
            return finish(DiagnosticList([unsafe]))
        }
        var diagnostics = prepared.diagnostics
        result.productCount = prepared.catalogue?.products.count ?? 0
        result.pagesReused = prepared.reusedPages
        let blocking = options.warningsAsErrors ? !diagnostics.isEmpty : diagnostics.hasErrors
        guard !blocking, let catalogue = prepared.catalogue, let library = prepared.library else {
            early?.discard()
            return finish(diagnostics)
        }

        let routes = timings.measure("plan") { SitePlanner(catalogue: catalogue).plan() }
        let copies = SiteRenderer.copies(project: project, catalogue: catalogue)
        // The output's folders are made on another thread while the fingerprints are worked out:
        // both run between two stages that keep every core busy. "folders" times only the wait.
        let paths = OutputPlan.paths(routes: routes, copies: copies)
        let earlyStaging = early
        let folders = Concurrently { [useCache] () -> Result<OutputStaging, any Error> in
            Result {
                var staging = try earlyStaging?.value ?? OutputStaging(project: project, keepSpare: useCache)
                try staging.makeDirectories(for: paths)
                return staging
            }
        }
        let previous = prepared.cache
        let plan = timings.measure("fingerprint") {
            OutputPlan(routes: routes, catalogue: catalogue, copies: copies, results: prepared.results,
                       renderKey: BuildKeys.render(validation: prepared.validationKey, project: project))
        }
        let reusable = previous?.outputs ?? [:]
        // Cards are made once per product when many pages render; for a small edit, per page.
        let changed = plan.jobs.filter { reusable[$0.path] != $0.fingerprint }.count
        let renderer = SiteRenderer(project: project, catalogue: catalogue, library: library, routes: routes,
                                    allPages: changed * 5 > plan.jobs.count)
        let existing = useCache ? published : []
        let hadOutput = FileManager.default.fileExists(atPath: project.outputDirectory.path)

        let made: OutputStaging
        do {
            made = try timings.measure("folders") { folders.value }.get()
        } catch {
            early?.discard()
            diagnostics.append(.error("output.write", "\(error)", at: SourceLocation(path: project.relativePath(project.outputDirectory))))
            return finish(diagnostics)
        }
        let staging = made
        // The folders that hold only files, except those made ahead, are made on a thread of their
        // own while the writers start.
        let leafFolders = Concurrently { staging.makeLeafFolders() }
        let spare = staging.inherited.isEmpty ? [:] : previous?.spareOutputs ?? [:]
        let json = JSONFragmentSplice(keys: plan.fragmentKeys, previous: previous?.catalogueFragments,
                                      currentFingerprint: existing.contains(CatalogueJSON.path) ? reusable[CatalogueJSON.path] : nil,
                                      file: project.outputDirectory.appendingPathComponent(CatalogueJSON.path))
        let budget = OutputBudget(limit: catalogue.site.maxOutputBytes)
        // The next build's cache is encoded while this one renders, and written after the swap.
        let cacheBody: Concurrently<[UInt8]>? = useCache ? Concurrently { [prepared, plan, reusable] in
            var cache = plan.cache(prepared: prepared, output: project.outputDirectory.path)
            // The replaced site becomes the spare, and the fingerprints of its files go with it.
            cache.spareOutputs = hadOutput ? reusable : [:]
            return cache.encodedBody()
        } : nil
        let replicas = Disposal.Bin()
        let clocks = StageClock.Sum()
        let outcomes = timings.measure("render and write") {
            plan.jobs.parallelMap(perWorker: { (renderer: renderer.replica(), clock: StageClock()) },
                                  finished: { replicas.keep($0.renderer); clocks.add($0.clock) }) { worker, job -> JobOutcome in
                if spare[job.path] == job.fingerprint, staging.inherited.contains(job.path) { return .reused }
                guard !budget.exceeded else { return .skipped }
                if reusable[job.path] == job.fingerprint, existing.contains(job.path) {
                    do throws(OutputError) {
                        try worker.clock.time(.write) { () throws(OutputError) in try staging.reuse(job.path) }
                        return .reused
                    } catch {}
                }
                let outcome = job.produce(renderer: worker.renderer, routes: routes, staging: staging, json: json, clock: &worker.clock)
                if case .written(let bytes) = outcome { budget.spend(bytes) }
                return outcome
            }
        }
        // The makers have usually finished long before; they must not run on past an abandon or a swap.
        _ = leafFolders.value
        early?.finish()
        timings.record(StageClock.Step.output, of: clocks.total, in: "render and write")
        report("render", ["plan", "fingerprint", "folders", "render and write"])
        var templateErrors: [TemplateError] = []
        for outcome in outcomes {
            switch outcome {
            case .written(let bytes): result.bytesWritten += bytes
            case .reused: result.filesReused += 1
            case .skipped: break
            case .templateError(let error): templateErrors.append(error)
            case .writeError(let error): diagnostics.append(.error("output.write", "\(error)", at: SourceLocation(path: project.relativePath(project.outputDirectory))))
            }
        }
        diagnostics.append(contentsOf: SiteRenderer.diagnostics(templateErrors))
        if budget.exceeded {
            diagnostics.append(.error("output.too-large", "the build would write more than \(OutputBudget.describe(budget.limit)) (max_output_bytes in site.yml); stopped after \(OutputBudget.describe(budget.spent))",
                                      at: SourceLocation(path: project.relativePath(project.siteFile)),
                                      notes: ["a template that repeats a partial, or very large images, multiply the site; raise max_output_bytes only if the size is expected"]))
        }
        guard !diagnostics.hasErrors else {
            staging.abandon()
            return finish(diagnostics)
        }
        do {
            try timings.measure("swap") {
                staging.prune(keeping: Set(plan.jobs.map(\.path)))
                // The cache vouches for what is in public/ and in the spare; from the swap on it no
                // longer does, so it goes first and comes back (with this build's claims) after.
                // A build killed in between, or run with --no-cache, leaves no stale claim that
                // would make the next build link old pages as current.
                try? FileManager.default.removeItem(at: BuildCache.file(for: project))
                try staging.commit(manifest: plan.jobs.map(\.path))
            }
            report("write", ["swap"])
        } catch {
            staging.abandon()
            diagnostics.append(.error("output.write", "\(error)", at: SourceLocation(path: project.relativePath(project.outputDirectory)),
                                      notes: ["the previous site was left as it was"]))
            return finish(diagnostics)
        }
        result.pagesWritten = routes.count
        result.filesWritten = plan.jobs.count
        if let cacheBody {
            timings.measure("save cache") {
                // Ranges of the catalogue.json now in the output: this build's, or the last one's
                // if the file was kept and they describe it.
                let fragments = json.written ?? previous?.catalogueFragments
                BuildCache.write(body: cacheBody.value, fragments: fragments?.fileFingerprint == plan.fingerprint(of: CatalogueJSON.path) ? fragments : nil,
                                 to: BuildCache.file(for: project))
            }
        }
        // The catalogue, pages and cache are freed off the caller's path (see Disposal). Each
        // goes over consumed: a copy left here would be the last one if the disposal thread
        // dropped its own first, and then this thread would free it after all.
        _ = consume catalogue
        _ = consume library
        Disposal.later((consume prepared, consume renderer, consume replicas, consume routes, consume plan, consume outcomes))
        return finish(diagnostics)
    }
}
