import Foundation
import Templating

/// Renders the planned pages through the templates (strictly: a name that resolves to nothing
/// is an error), and the feed, sitemap and open data; lists the files copied as they are.
public struct SiteRenderer: Sendable {
    public let project: Project
    public let catalogue: Catalogue
    public private(set) var library: TemplateLibrary
    private(set) var values: PageValues

    /// `allPages: false` when only samples will render, so product values are made on demand.
    public init(project: Project, catalogue: Catalogue, library: TemplateLibrary, routes: [Route], allPages: Bool = true) {
        self.project = project
        self.catalogue = catalogue
        self.library = library
        self.values = PageValues(catalogue: catalogue, hasProgramme: routes.contains { $0.kind == .programme }, precompute: allPages)
    }

    /// A renderer for one thread: the same pages, from replicas of the templates and of the
    /// site-wide values, so threads do not contend for their reference counts
    /// (`TemplateLibrary.replica`).
    public func replica() -> SiteRenderer {
        var copy = self
        copy.library = library.replica()
        copy.values = values.replica()
        return copy
    }

    /// Pages come out as the bytes their files hold: a `String` on the way would cost a copy
    /// and a UTF-8 check per page.
    public func render(_ route: Route) throws(TemplateError) -> [UInt8] {
        try render(route, values: templateValues(for: route))
    }

    /// What the route's template sees; made apart from the render so a build can time the two.
    func templateValues(for route: Route) -> TemplateValue { values.values(for: route) }

    func render(_ route: Route, values: TemplateValue) throws(TemplateError) -> [UInt8] {
        try library.renderBytes(route.template, values, strict: true)
    }

    public func renderFeed() throws(TemplateError) -> [UInt8] {
        try library.renderBytes("feed.xml", FeedValues.values(catalogue, site: values.site), strict: true)
    }

    public func renderSitemap(_ routes: [Route]) throws(TemplateError) -> [UInt8] {
        try library.renderBytes("sitemap.xml", SitemapValues.values(catalogue, routes: routes), strict: true)
    }

    /// `catalogue.json`, copying unchanged products' objects from the previous file and noting
    /// where each object went for the next build.
    /// Returns the file's size.
    func catalogueJSON(splice: JSONFragmentSplice, fingerprint: UInt64,
                       into emit: (ArraySlice<UInt8>) throws(OutputError) -> Void) throws(OutputError) -> Int {
        let layout = try CatalogueJSON.encode(catalogue, reusing: splice.reusable(), into: emit)
        var map: [UInt64: Range<Int>] = [:]
        map.reserveCapacity(layout.ranges.count)
        for (key, range) in zip(splice.keys, layout.ranges) { map[key] = range }
        splice.record(JSONFragments(fileFingerprint: fingerprint, size: layout.count, ranges: map))
        return layout.count
    }

    /// Files published as they are: `templates/assets/**` and each product's images.
    public func copies() -> [(source: URL, path: String)] { Self.copies(project: project, catalogue: catalogue) }

    public static func copies(project: Project, catalogue: Catalogue) -> [(source: URL, path: String)] {
        var files: [(URL, String)] = []
        let assets = project.templatesDirectory.appendingPathComponent("assets")
        for relative in DirectoryWalker.visibleFiles(under: assets) {
            files.append((assets.appendingPathComponent(relative), "assets/" + relative))
        }
        for product in catalogue.products {
            for image in product.images {
                files.append((project.root.appendingPathComponent(image.sourcePath), SitePaths.product(product.slug) + image.outputName))
            }
        }
        return files
    }

    /// Renders one page of each kind, the feed, and a sitemap of those pages, discarding the output: how
    /// `ocop check` finds template mistakes without the cost of a build.
    public func renderSamples(_ routes: [Route]) -> [Diagnostic] {
        var seen: Set<String> = []
        let samples = routes.filter { route in
            let key: String
            switch route.kind {
            case .products: key = "products"
            case .district: key = "district"
            case .stars: key = "stars"
            case .group: key = "group"
            default: key = route.template
            }
            return seen.insert(key).inserted
        }
        // The sitemap lists the sample routes only: every entry has the shape of one of them, and
        // all 22,000 of a national catalogue took 40 ms, the longest of these jobs.
        let jobs = samples.map(Sample.page) + [.feed, .sitemap(samples)]
        let outcomes = jobs.parallelMap { job -> TemplateError? in
            do throws(TemplateError) {
                switch job {
                case .page(let route): _ = try render(route)
                case .feed: _ = try renderFeed()
                case .sitemap(let routes): _ = try renderSitemap(routes)
                }
                return nil
            } catch {
                return error
            }
        }
        return Self.diagnostics(outcomes.compactMap { $0 })
    }

    private enum Sample: Sendable {
        case page(Route)
        case feed
        case sitemap([Route])
    }

    /// Template errors as diagnostics, each once however many pages hit it.
    static func diagnostics(_ errors: [TemplateError]) -> [Diagnostic] {
        var seen: Set<String> = []
        return errors.filter { seen.insert("\($0.template):\($0.line):\($0.column):\($0.code)").inserted }.map { TemplateLoader.diagnostic($0) }
    }
}
