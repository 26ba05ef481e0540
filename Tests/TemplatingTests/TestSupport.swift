@testable import Templating

/// Renders `template` (named "main") with `partials` beside it.
func render(
    _ template: String, _ data: TemplateValue = [:], partials: [String: String] = [:],
    strict: Bool = false, limits: TemplateLimits = .init()
) throws -> String {
    var sources = partials
    sources["main"] = template
    return try TemplateLibrary(sources: sources, limits: limits).render("main", data, strict: strict)
}

/// The errors loading `template` (named "main") produces; empty when it parses.
func parseErrors(_ template: String, limits: TemplateLimits = .init()) -> [TemplateError] {
    do {
        _ = try TemplateLibrary(sources: ["main": template], limits: limits)
        return []
    } catch {
        return error.errors
    }
}

/// The error rendering throws, or `nil` when it succeeds.
func renderError(
    _ template: String, _ data: TemplateValue = [:], partials: [String: String] = [:],
    strict: Bool = false, limits: TemplateLimits = .init()
) throws -> TemplateError? {
    var sources = partials
    sources["main"] = template
    let library = try TemplateLibrary(sources: sources, limits: limits)
    do {
        _ = try library.render("main", data, strict: strict)
        return nil
    } catch {
        return error
    }
}

extension TemplateError {
    /// `[line, column]`, for compact expectations.
    var position: [Int] { [line, column] }
}
