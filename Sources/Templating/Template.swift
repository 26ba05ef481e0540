/// One parsed template: its source, kept for error positions, and its node tree.
/// Immutable after parsing, so any number of renders may share it.
final class Template: Sendable {
    let name: String
    let path: String?
    let source: SourceText
    let body: [Node]

    init(name: String, path: String?, source: SourceText, body: [Node]) {
        self.name = name
        self.path = path
        self.source = source
        self.body = body
    }

    /// Parses `text`, returning the template or every error found in it.
    static func parse(
        name: String, path: String?, text: String, limits: TemplateLimits
    ) -> Result<Template, TemplateErrors> {
        let source = SourceText(text)
        var parser = Parser(bytes: source.bytes, limits: limits)
        guard let body = parser.parse() else {
            return .failure(TemplateErrors(errors: parser.issues.map { issue in
                error(issue.kind, in: name, path: path, source: source, at: issue.offset, issue.message)
            }))
        }
        return .success(Template(name: name, path: path, source: source, body: body))
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
