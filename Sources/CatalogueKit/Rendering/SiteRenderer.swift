import Foundation
import Templating

/// Renders every planned page through the templates (strictly: a name that resolves to nothing
/// is an error), plus the feed, sitemap, open data, assets and images.
public struct SiteRenderer: Sendable {
    public let project: Project
    public let catalogue: Catalogue
    public let library: TemplateLibrary
    let values: PageValues

    /// `allPages: false` when only samples will render, so product values are made on demand.
    public init(project: Project, catalogue: Catalogue, library: TemplateLibrary, routes: [Route], allPages: Bool = true) {
        self.project = project
        self.catalogue = catalogue
        self.library = library
        self.values = PageValues(catalogue: catalogue, hasProgramme: routes.contains { $0.kind == .programme }, precompute: allPages)
    }

    /// HTML pages, in route order. Template errors are reported once each, however many pages hit them.
    public func renderPages(_ routes: [Route]) -> ([OutputFile], [Diagnostic]) {
        let results = routes.parallelMap { route -> Result<OutputFile, TemplateError> in
            do throws(TemplateError) {
                let html = try library.render(route.template, values.values(for: route), strict: true)
                return .success(OutputFile(path: route.outputPath, text: html))
            } catch {
                return .failure(error)
            }
        }
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        files.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error):
                if seen.insert("\(error.template):\(error.line):\(error.column):\(error.code)").inserted { diagnostics.append(TemplateLoader.diagnostic(error)) }
            }
        }
        return (files, diagnostics)
    }

    /// Renders one page of each kind, and the feed and sitemap, discarding the output: how
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
        var (_, diagnostics) = renderPages(samples)
        for (name, value) in supportValues(routes) {
            do throws(TemplateError) {
                _ = try library.render(name, value, strict: true)
            } catch {
                diagnostics.append(TemplateLoader.diagnostic(error))
            }
        }
        return diagnostics
    }

    private func supportValues(_ routes: [Route]) -> [(String, TemplateValue)] {
        [("feed.xml", FeedValues.values(catalogue, site: values.site)), ("sitemap.xml", SitemapValues.values(catalogue, routes: routes))]
    }

    /// Feed and sitemap (through templates), `catalogue.json`, assets and product images.
    public func renderSupportFiles(_ routes: [Route]) -> ([OutputFile], [Diagnostic]) {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for (name, value) in supportValues(routes) {
            do throws(TemplateError) {
                files.append(OutputFile(path: name, text: try library.render(name, value, strict: true)))
            } catch {
                diagnostics.append(TemplateLoader.diagnostic(error))
            }
        }
        files.append(OutputFile(path: "catalogue.json", content: .bytes(CatalogueJSON.encode(catalogue))))
        files += assetFiles()
        for product in catalogue.products {
            for image in product.images {
                files.append(OutputFile(path: SitePaths.product(product.slug) + image.outputName,
                                        content: .copy(project.root.appendingPathComponent(image.sourcePath))))
            }
        }
        return (files, diagnostics)
    }

    /// `templates/assets/**` to `assets/**`, in sorted order.
    func assetFiles() -> [OutputFile] {
        let folder = project.templatesDirectory.appendingPathComponent("assets")
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [OutputFile] = []
        for case let relative as String in walker where !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(OutputFile(path: "assets/" + relative, content: .copy(url)))
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
