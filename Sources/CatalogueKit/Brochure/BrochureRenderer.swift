import Templating

/// Renders a brochure through `templates/brochure/brochure.mustache`, strictly, into one HTML
/// file with its stylesheet inlined and its images embedded.
public struct BrochureRenderer: Sendable {
    /// The template the brochure starts from; its partials live beside it.
    public static let template = "brochure/brochure"

    public let project: Project
    public let catalogue: Catalogue
    public let library: TemplateLibrary

    public init(project: Project, catalogue: Catalogue, library: TemplateLibrary) {
        self.project = project
        self.catalogue = catalogue
        self.library = library
    }

    public func render(_ products: [Product], title: String, subtitle: String?) -> Result<String, TemplateError> {
        let values = BrochureValues.values(products, title: title, subtitle: subtitle, catalogue: catalogue, project: project)
        do throws(TemplateError) {
            return .success(try library.render(Self.template, values, strict: true))
        } catch {
            return .failure(error)
        }
    }
}
