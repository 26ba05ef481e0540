import Foundation
import Templating

/// Every file of the site, each with the fingerprint of what it is made from: a page's own
/// products, pagination and the templates; for the home page, feeds and open data, the whole
/// catalogue; for copied files, the source's stamp.
struct OutputPlan: Sendable {
    struct Job: Sendable {
        enum Kind: Sendable {
            case page(Route)
            case feed
            case sitemap
            case catalogueJSON
            case copy(URL)
        }

        var path: String
        var kind: Kind
        var fingerprint: UInt64

        /// `clock`: the worker's, which takes the time of each step (values, render, write).
        func produce(renderer: SiteRenderer, routes: [Route], staging: OutputStaging, json: JSONFragmentSplice,
                     clock: inout StageClock) -> JobOutcome {
            do throws(OutputError) {
                let bytes: [UInt8]
                switch kind {
                case .copy(let source):
                    return .written(try clock.time(.write) { () throws(OutputError) in try staging.copy(from: source, to: path) })
                case .catalogueJSON:
                    // Written as it is encoded, so its two steps are timed as one.
                    var size = 0
                    try clock.time(.openData) { () throws(OutputError) in
                        try staging.write(to: path) { sink throws(OutputError) in
                            size = try renderer.catalogueJSON(splice: json, fingerprint: fingerprint) { piece throws(OutputError) in try sink.append(piece) }
                        }
                    }
                    return .written(size)
                case .page(let route):
                    let values = clock.time(.values) { renderer.templateValues(for: route) }
                    do throws(TemplateError) {
                        bytes = try clock.time(.render) { () throws(TemplateError) in try renderer.render(route, values: values) }
                    } catch { return .templateError(error) }
                    // Only the product's own page shows its description.
                    if case .product(let index) = route.kind { renderer.catalogue.products[index].releaseDescriptionHTML() }
                // The feed's and the sitemap's values are counted with their render: one file each.
                case .feed:
                    do throws(TemplateError) {
                        bytes = try clock.time(.render) { () throws(TemplateError) in try renderer.renderFeed() }
                    } catch { return .templateError(error) }
                case .sitemap:
                    do throws(TemplateError) {
                        bytes = try clock.time(.render) { () throws(TemplateError) in try renderer.renderSitemap(routes) }
                    } catch { return .templateError(error) }
                }
                try clock.time(.write) { () throws(OutputError) in try staging.write(bytes, to: path) }
                return .written(bytes.count)
            } catch {
                return .writeError(error)
            }
        }
    }

    let jobs: [Job]
    /// Per product, in catalogue order: what its object in `catalogue.json` is made from.
    let fragmentKeys: [UInt64]

    /// The files made from the whole catalogue rather than from some of its products.
    private static let catalogueWide: [(kind: Job.Kind, path: String)] = [(.catalogueJSON, CatalogueJSON.path), (.sitemap, "sitemap.xml"), (.feed, "feed.xml")]

    /// The path of every file the plan will hold, known before any fingerprint is worked out:
    /// the build makes the output's folders from it meanwhile.
    static func paths(routes: [Route], copies: [(source: URL, path: String)]) -> [String] {
        catalogueWide.map(\.path) + routes.map(\.outputPath) + copies.map(\.path)
    }

    /// `copies`: the files copied as they are (`SiteRenderer.copies`).
    init(routes: [Route], catalogue: Catalogue, copies: [(source: URL, path: String)], results: [PageResult], renderKey: UInt64) {
        var hashByPath: [String: UInt64] = [:]
        for result in results { hashByPath[result.path] = result.contentHash }
        // Keys are worked out on all cores: this stage runs between two parallel ones, and on one
        // thread it took 20–25 ms of that gap at 20,000 products.
        let hashes = hashByPath
        let keyed = catalogue.products.parallelMap { product -> (UInt64, UInt64) in
            let hash = hashes[product.sourcePath] ?? 0
            var f = Fingerprint()
            f.combine(renderKey); f.combine(product.sourcePath); f.combine(hash)
            return (hash, f.value)
        }
        let productHashes = keyed.map(\.0)
        fragmentKeys = keyed.map(\.1)
        let whole = {
            var f = Fingerprint()
            f.combine(renderKey)
            for hash in productHashes { f.combine(hash) }
            for hidden in catalogue.hiddenExpired { f.combine(hashByPath[hidden.sourcePath] ?? 0) }
            return f
        }()

        @Sendable func listKey(_ route: Route, _ page: ListPage) -> UInt64 {
            var f = Fingerprint()
            f.combine(renderKey)
            f.combine(route.outputPath)
            f.combine(page.pagination.pageCount)
            f.combine(page.count)
            for index in page.products { f.combine(productHashes[index]) }
            return f.value
        }

        var jobs: [Job] = routes.parallelMap { route in
            var key: UInt64
            switch route.kind {
            case .product(let index):
                var f = Fingerprint()
                f.combine(renderKey); f.combine(route.outputPath); f.combine(productHashes[index])
                key = f.value
            case .products, .district, .stars, .group: key = listKey(route, ListPage(route.kind, in: catalogue)!)
            default:
                var f = whole
                f.combine(route.outputPath)
                key = f.value
            }
            return Job(path: route.outputPath, kind: .page(route), fingerprint: key)
        }
        // The files made from the whole catalogue are the largest jobs: they go first, so no core
        // is left finishing one of them alone at the end.
        let catalogueWide = Self.catalogueWide.map { kind, path in
            var f = whole
            f.combine(path)
            return Job(path: path, kind: kind, fingerprint: f.value)
        }
        // Product pages next: each lets its description go (see `DeferredText`) before the
        // list pages keep their cards' renders, so the two never take memory at once.
        let (products, others) = jobs.reduce(into: ([Job](), [Job]())) { split, job in
            if case .page(let route) = job.kind, case .product = route.kind { split.0.append(job) } else { split.1.append(job) }
        }
        jobs = catalogueWide + products + others
        for (source, path) in copies {
            var f = Fingerprint()
            f.combine(source.path)
            if let stamp = FileStamp.of(source.path) {
                f.combine(Int(stamp.size)); f.combine(Int(stamp.modifiedSeconds)); f.combine(Int(stamp.modifiedNanoseconds)); f.combine(stamp.inode)
            }
            jobs.append(Job(path: path, kind: .copy(source), fingerprint: f.value))
        }
        self.jobs = jobs
    }

    func fingerprint(of path: String) -> UInt64? { jobs.first { $0.path == path }?.fingerprint }

    /// The cache to keep after this build: every page's result, and every file's fingerprint.
    func cache(prepared: Pipeline.Prepared, output: String) -> BuildCache {
        var cache = BuildCache(validationKey: prepared.validationKey, outputPath: output)
        let root = renderRoot(prepared)
        for result in prepared.results {
            guard let stamp = prepared.stamps[result.path] else { continue }
            if prepared.cacheHits.contains(result.path), let old = prepared.cache?.pages[result.path] {
                cache.pages[result.path] = old
                continue
            }
            let dependencies = result.dependencies.map { (path: $0, stamp: FileStamp.of(root + "/" + $0)) }
            cache.pages[result.path] = BuildCache.Page(stamp: stamp, dependencies: dependencies, result: result)
        }
        for job in jobs { cache.outputs[job.path] = job.fingerprint }
        return cache
    }

    private func renderRoot(_ prepared: Pipeline.Prepared) -> String { prepared.projectRoot }
}

/// What became of one output file.
enum JobOutcome: Sendable {
    case written(Int)
    case reused
    /// Not made: the build had already written more than the site may (`OutputBudget`).
    case skipped
    case templateError(TemplateError)
    case writeError(OutputError)
}
