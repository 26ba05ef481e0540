import Foundation

/// A set of named templates, parsed once and rendered any number of times.
///
/// Immutable after `init`: every render uses state of its own, so one library can be
/// shared by any number of threads or tasks.
public struct TemplateLibrary: Sendable {
    let templates: [String: Template]
    public let limits: TemplateLimits

    /// Parses `sources` (name to template text). Collects every parse error of every
    /// template, sorted by template name, then position, and throws them together.
    public init(sources: [String: String], limits: TemplateLimits = .init()) throws(TemplateErrors) {
        try self.init(files: sources.map { (name: $0.key, path: nil, text: $0.value) }, limits: limits)
    }

    init(files: [(name: String, path: String?, text: String)], limits: TemplateLimits) throws(TemplateErrors) {
        var templates: [String: Template] = [:]
        var errors: [TemplateError] = []
        for file in files {
            switch Template.parse(name: file.name, path: file.path, text: file.text, limits: limits) {
            case .success(let template): templates[file.name] = template
            case .failure(let failure): errors += failure.errors
            }
        }
        guard errors.isEmpty else {
            throw TemplateErrors(errors: errors.sorted { ($0.template, $0.line, $0.column) < ($1.template, $1.line, $1.column) })
        }
        self.templates = templates
        self.limits = limits
    }

    private init(templates: [String: Template], limits: TemplateLimits) {
        self.templates = templates
        self.limits = limits
    }

    /// A library that renders exactly like this one but shares no object with it, for a
    /// thread of its own. A render retains and releases the nodes it walks; threads doing so
    /// on the same nodes contend for their reference counts, which cost up to a third of
    /// the throughput of two cores in the template bench. Kept partial renders (`SharedValue`)
    /// are reused across replicas.
    public func replica() -> TemplateLibrary {
        var copies: [String: Template] = [:]
        copies.reserveCapacity(templates.count)
        for (name, template) in templates { copies[name.withOwnStorage] = template.replica(limits: limits) }
        return TemplateLibrary(templates: copies, limits: limits)
    }

    /// Names of all templates, sorted.
    public var names: [String] { templates.keys.sorted() }

    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Renders template `name` with `value` as the root of the context stack.
    ///
    /// In strict mode a variable, section or inverted section whose name resolves to
    /// nothing throws `.missingName` (an explicit `.null` is present and is fine), and
    /// a partial or parent naming no template throws `.unknownPartial`. Otherwise the
    /// spec applies: both render as nothing. Limits apply in both modes.
    public func render(_ name: String, _ value: TemplateValue, strict: Bool = false) throws(TemplateError) -> String {
        String(decoding: try renderBytes(name, value, strict: strict), as: UTF8.self)
    }

    /// `render`, as the UTF-8 bytes a file would hold: what a writer wants, without a `String`.
    public func renderBytes(_ name: String, _ value: TemplateValue, strict: Bool = false) throws(TemplateError) -> [UInt8] {
        guard let template = templates[name] else {
            throw TemplateError(
                kind: .unknownTemplate, template: name, line: 0, column: 0, lineText: "",
                message: "there is no template named '\(name)'")
        }
        var renderer = Renderer(templates: templates, strict: strict, limits: limits, data: value, root: template)
        return try renderer.render()
    }
}
