/// A page cut in two: the YAML between the `---` fences, and the Markdown body after them.
/// Both keep the 1-based line where they start in the file, so positions map back.
public struct FrontMatter: Sendable {
    public var yaml: String
    /// File line of the first YAML line (the line after the opening fence).
    public var yamlFirstLine: Int
    public var body: String
    /// File line of the first body line (the line after the closing fence).
    public var bodyFirstLine: Int
}
