/// A page body rendered to HTML, with what later stages need to know about it.
public struct MarkdownDocument: Sendable {
    /// Safe HTML (raw HTML omitted unless the site allows it).
    public var html: String
    /// Plain text of the first paragraph: the summary in lists, feeds and brochures.
    public var summary: String
    /// Local images and links the body refers to, so their targets can be checked.
    public var references: [Reference]

    public struct Reference: Sendable {
        public var url: String
        public var isImage: Bool
        public var position: SourcePosition
    }
}
