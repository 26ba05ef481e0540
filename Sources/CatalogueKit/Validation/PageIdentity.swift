/// What the cross-page rules need to know about a page, kept small so the build cache holds it.
public struct PageIdentity: Sendable, Hashable {
    public var slug: String
    public var path: String
    public var name: String
    public var producer: String
    public var namePosition: SourcePosition
    /// Lines quoted by the duplicate diagnostics: the first line, and the name's line.
    public var firstLineText: String?
    public var nameLineText: String?

    init(_ document: ProductDocument) {
        slug = document.slug
        path = document.path
        name = document.frontMatter.name.value
        producer = document.frontMatter.producer.value
        namePosition = document.frontMatter.name.position
        firstLineText = document.source.line(1)
        nameLineText = document.source.line(namePosition.line)
    }

    init(slug: String, path: String, name: String, producer: String, namePosition: SourcePosition, firstLineText: String?, nameLineText: String?) {
        self.slug = slug
        self.path = path
        self.name = name
        self.producer = producer
        self.namePosition = namePosition
        self.firstLineText = firstLineText
        self.nameLineText = nameLineText
    }
}
