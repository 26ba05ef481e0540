/// Every error found while loading a library, sorted by template name, then position,
/// so one run reports all broken templates at once.
public struct TemplateErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public var errors: [TemplateError]

    public init(errors: [TemplateError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
