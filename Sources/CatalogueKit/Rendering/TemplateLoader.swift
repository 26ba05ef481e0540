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

    /// A template error as a diagnostic, with the file path relative to the project.
    public static func diagnostic(_ error: TemplateError, folder: String = "templates") -> Diagnostic {
        Diagnostic(.error, code: error.code, message: error.message,
                   location: SourceLocation(path: "\(folder)/\(error.path ?? error.template + ".mustache")", line: error.line, column: error.column),
                   lineText: error.lineText)
    }
}
