/// An error found while parsing, before it is given its template's name and position.
struct ParseIssue: Error {
    let kind: TemplateError.Kind
    /// Byte offset in the template's source.
    let offset: Int
    let message: String
}
