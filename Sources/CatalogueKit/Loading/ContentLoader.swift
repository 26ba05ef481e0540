import Foundation

/// Loads `site.yml` and every product page, on all cores, in three timed stages:
/// read, front matter, Markdown. Results keep the sorted order of the sources.
public struct ContentLoader: Sendable {
    public let project: Project

    public init(project: Project) { self.project = project }

    public func loadSite(into diagnostics: inout DiagnosticList) -> (SiteConfig, SourceText)? {
        let path = project.relativePath(project.siteFile)
        guard FileManager.default.fileExists(atPath: project.siteFile.path) else {
            diagnostics.append(.error("site.missing", "there is no \(path)", at: SourceLocation(path: path),
                                      notes: ["create it with title, base_url and districts (see the README)"]))
            return nil
        }
        switch PageReader.read(project.siteFile, path: path) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let source):
            let collector = DiagnosticCollector()
            let site = SiteConfigDecoder.decode(source, into: collector)
            diagnostics.append(contentsOf: collector.diagnostics)
            return site.map { ($0, source) }
        }
    }

    /// Nil when `site.yml` cannot be used; page problems are diagnostics, and the pages that loaded are kept.
    public func load(timings: inout StageTimings) -> (LoadedContent?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let project = self.project
        let (sources, scanFindings) = timings.measure("scan") { ContentScanner.scan(project) }
        diagnostics.append(contentsOf: scanFindings)
        guard let (site, siteSource) = loadSite(into: &diagnostics) else { return (nil, diagnostics) }
        let (documents, pageFindings) = loadPages(sources, site: site, timings: &timings)
        diagnostics.append(contentsOf: pageFindings)
        return (LoadedContent(site: site, siteSource: siteSource, documents: documents, pagesFound: sources.count, diagnostics: diagnostics), diagnostics)
    }

    /// Reads, decodes and renders the given pages in three timed stages, on all cores.
    public func loadPages(_ sources: [ProductSource], site: SiteConfig, timings: inout StageTimings) -> ([ProductDocument], [Diagnostic]) {
        let project = self.project
        let texts = timings.measure("read") {
            sources.parallelMap { source -> (Result<SourceText, Diagnostic>, UInt64) in
                PageReader.readHashed(project.root.appendingPathComponent(source.path), path: source.path)
            }
        }
        let pages = timings.measure("front matter") {
            zip(sources, texts).map { ($0, $1) }.parallelMap { source, read -> FrontMatterResult in
                switch read.0 {
                case .failure(let diagnostic): return FrontMatterResult(source: source, text: nil, hash: read.1, page: nil, diagnostics: [diagnostic])
                case .success(let text):
                    let collector = DiagnosticCollector()
                    let page = PageReader.frontMatter(of: text, into: collector)
                    return FrontMatterResult(source: source, text: text, hash: read.1, page: page.map { .init(frontMatter: $0.0, split: $0.1) }, diagnostics: collector.diagnostics)
                }
            }
        }
        let unsafe = site.unsafeHTML
        let rendered = timings.measure("markdown") {
            pages.parallelMap { result -> (ProductDocument?, [Diagnostic]) in
                guard let text = result.text, let page = result.page else { return (nil, result.diagnostics) }
                let collector = DiagnosticCollector()
                let body = MarkdownRenderer.render(page.split.body, bodyFirstLine: page.split.bodyFirstLine, source: text,
                                                   unsafeHTML: unsafe, into: collector)
                let document = ProductDocument(
                    slug: result.source.slug, path: result.source.path, resourceDirectory: result.source.resourceDirectory,
                    isBundle: result.source.isBundle, source: text, frontMatter: page.frontMatter, body: body, contentHash: result.hash)
                return (document, result.diagnostics + collector.diagnostics)
            }
        }
        var documents: [ProductDocument] = []
        var diagnostics: [Diagnostic] = []
        documents.reserveCapacity(rendered.count)
        for (document, findings) in rendered {
            if let document {
                // A page's own findings travel with it (and into the cache); failures are reported here.
                var document = document
                document.loadDiagnostics = findings
                documents.append(document)
            } else {
                diagnostics.append(contentsOf: findings)
            }
        }
        return (documents, diagnostics)
    }
}

/// A page after the front-matter stage, carried to the Markdown stage.
private struct FrontMatterResult: Sendable {
    struct Page: Sendable {
        var frontMatter: ProductFrontMatter
        var split: FrontMatter
    }
    var source: ProductSource
    var text: SourceText?
    var hash: UInt64
    var page: Page?
    var diagnostics: [Diagnostic]
}
