import Foundation
import Templating

/// Loads `templates/**/*.mustache` and reports template problems as positioned diagnostics.
public enum TemplateLoader {
    /// The templates every site needs; each must exist.
    public static let required = ["home", "product", "list", "districts", "star-ratings", "groups", "404", "feed.xml", "sitemap.xml"]

    /// The templates a site needs given its settings: the dashboard's only when `site.yml` has a programme.
    public static func required(for site: SiteConfig?) -> [String] {
        required + (site?.programme != nil ? ["programme"] : [])
    }

    public static func load(_ project: Project, required: [String] = TemplateLoader.required) -> (TemplateLibrary?, [Diagnostic]) {
        let folder = project.templatesDirectory
        let display = project.relativePath(folder)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            return (nil, [.error("template.no-folder", "there is no \(display)/ folder with the site's templates", at: SourceLocation(path: display))])
        }
        let links = linksOutside(folder, display: display)
        guard links.isEmpty else { return (nil, links) }
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(directory: folder)
        } catch {
            return (nil, error.errors.map { diagnostic($0, folder: display) })
        }
        var diagnostics = library.unknownPartialReferences().map { diagnostic($0, folder: display) }
        for name in required where !library.contains(name) {
            diagnostics.append(.error("template.missing", "the site needs a template \(display)/\(name).mustache", at: SourceLocation(path: "\(display)/\(name).mustache")))
        }
        return (library, diagnostics)
    }

    /// Templates and assets that are links leading out of the templates folder: what they point
    /// to would be rendered into pages or published (a link to `/etc/passwd` named `assets/a.css`).
    static func linksOutside(_ folder: URL, display: String) -> [Diagnostic] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [Diagnostic] = []
        for case let relative as String in walker where FolderBoundary.isLink(folder.path + "/" + relative) {
            if !FolderBoundary.contains(folder, folder.appendingPathComponent(relative)) {
                found.append(FolderBoundary.outside("\(display)/\(relative)", folder: display, code: "template.outside-folder"))
            }
        }
        return found.sorted()
    }

    /// A template error as a diagnostic, with the file path relative to the project.
    public static func diagnostic(_ error: TemplateError, folder: String = "templates") -> Diagnostic {
        Diagnostic(.error, code: error.code, message: error.message,
                   location: SourceLocation(path: "\(folder)/\(error.path ?? error.template + ".mustache")", line: error.line, column: error.column),
                   lineText: error.lineText)
    }
}
