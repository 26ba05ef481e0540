import Foundation

/// Loads `site.yml`, and product pages one at a time (the pipeline runs pages on all cores):
/// read, front matter, Markdown, each step timed.
public struct ContentLoader: Sendable {
    public let project: Project

    private let root: String
    /// The project folder, open, for reading pages by their relative paths; `nil` if it could
    /// not be opened, and then pages are read by their full paths (`pagePrefix`).
    private let rootFolder: FolderHandle?
    private let pagePrefix: String

    public init(project: Project) {
        self.project = project
        root = project.root.path
        rootFolder = try? FolderHandle(project.root)
        pagePrefix = rootFolder == nil ? root + "/" : ""
    }

    public func loadSite(into diagnostics: inout DiagnosticList) -> (SiteConfig, SourceText)? {
        let path = project.relativePath(project.siteFile)
        guard FileManager.default.fileExists(atPath: project.siteFile.path) else {
            diagnostics.append(.error("site.missing", "there is no \(path)", at: SourceLocation(path: path),
                                      notes: ["create it with title, base_url and districts (see the README)"]))
            return nil
        }
        guard FolderBoundary.contains(project.contentDirectory, project.siteFile) else {
            diagnostics.append(FolderBoundary.outside(path, folder: "content", code: "content.outside-content"))
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


    /// Reads, decodes and renders one page. Each step's time is added to `clock`, so a parallel
    /// pass over many pages can still say where its time went.
    /// Without `html`, the description is rendered only if something asks for it (`check`
    /// renders one sample page per kind, not ten thousand).
    public func loadPage(_ source: ProductSource, site: SiteConfig, html: Bool = true, clock: inout StageClock) -> (ProductDocument?, [Diagnostic]) {
        let (read, hash) = clock.time(.read) {
            PageReader.readHashed(atPath: pagePrefix + source.path, in: rootFolder?.fd ?? AT_FDCWD, path: source.path)
        }
        let text: SourceText
        switch read {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let value): text = value
        }
        let collector = DiagnosticCollector()
        guard let (frontMatter, split) = clock.time(.frontMatter, { PageReader.frontMatter(of: text, into: collector) }) else {
            return (nil, collector.diagnostics)
        }
        let body = clock.time(.markdown) {
            MarkdownRenderer.render(split.body, bodyFirstLine: split.bodyFirstLine, source: text, unsafeHTML: site.unsafeHTML, html: html, into: collector)
        }
        let (folder, unsafe) = (root, site.unsafeHTML)
        let remake: @Sendable () -> String = { PageReader.descriptionHTML(root: folder, path: source.path, unsafeHTML: unsafe) }
        let description = html ? DeferredText(body.html, remaking: remake) : DeferredText(making: remake)
        var document = ProductDocument(
            slug: source.slug, path: source.path, resourceDirectory: source.resourceDirectory, isBundle: source.isBundle,
            source: text, frontMatter: frontMatter, body: body, description: description, contentHash: hash)
        // A page's own findings travel with it (and into the cache); failures are reported alone.
        document.loadDiagnostics = collector.diagnostics
        return (document, [])
    }
}
