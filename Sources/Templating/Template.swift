import Synchronization

/// One parsed template: its source, kept for error positions, and its node tree.
/// Immutable after parsing, so any number of renders may share it.
final class Template: Sendable {
    let name: String
    let path: String?
    let source: SourceText
    let body: [Node]
    /// Every payload object of `body`'s tree: the nodes do not own them (see `Node.Ref`).
    let payloads: [any AnyObject & Sendable]
    /// The same for a template and its replicas (`replica`), which parse the same text the
    /// same way: what a kept partial render is matched by.
    let serial: Int

    private static let serials = Atomic<Int>(0)

    init(name: String, path: String?, source: SourceText, body: [Node], payloads: [any AnyObject & Sendable], serial: Int? = nil) {
        self.name = name
        self.path = path
        self.source = source
        self.body = body
        self.payloads = payloads
        self.serial = serial ?? Self.serials.add(1, ordering: .relaxed).newValue
    }

    /// Parses `text`, returning the template or every error found in it.
    static func parse(
        name: String, path: String?, text: String, limits: TemplateLimits
    ) -> Result<Template, TemplateErrors> {
        parse(name: name, path: path, source: SourceText(text), limits: limits, serial: nil)
    }

    private static func parse(
        name: String, path: String?, source: SourceText, limits: TemplateLimits, serial: Int?
    ) -> Result<Template, TemplateErrors> {
        var parser = Parser(bytes: source.bytes, limits: limits)
        guard let tree = parser.parse() else {
            return .failure(TemplateErrors(errors: parser.issues.map { issue in
                error(issue.kind, in: name, path: path, source: source, at: issue.offset, issue.message)
            }))
        }
        return .success(Template(name: name, path: path, source: source, body: tree.nodes, payloads: tree.payloads, serial: serial))
    }

    /// The same template parsed again from a copy of its source, sharing no object with this
    /// one (see `TemplateLibrary.replica`).
    func replica(limits: TemplateLimits) -> Template {
        let copy = SourceText(bytes: source.bytes.withUnsafeBufferPointer { Array($0) })
        // The text parsed once already; it parses the same way again.
        guard case .success(let template) = Self.parse(name: name, path: path, source: copy, limits: limits, serial: serial) else {
            return self
        }
        return template
    }

    /// An error located at byte `offset` of this template.
    func error(_ kind: TemplateError.Kind, at offset: Int, _ message: String) -> TemplateError {
        Self.error(kind, in: name, path: path, source: source, at: offset, message)
    }

    private static func error(
        _ kind: TemplateError.Kind, in name: String, path: String?,
        source: SourceText, at offset: Int, _ message: String
    ) -> TemplateError {
        let location = source.location(of: offset)
        return TemplateError(
            kind: kind, template: name, path: path, line: location.line,
            column: location.column, lineText: location.lineText, message: message)
    }
}
