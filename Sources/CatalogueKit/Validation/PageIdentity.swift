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

    /// Name and producer folded (case, diacritics): two pages with the same key are one product.
    /// Kept with the identity (and in the cache), so unchanged pages are not folded again.
    public var productKey: String

    init(_ document: ProductDocument) {
        slug = document.slug
        path = document.path
        name = document.frontMatter.name.value
        producer = document.frontMatter.producer.value
        namePosition = document.frontMatter.name.position
        firstLineText = document.source.line(1)
        nameLineText = document.source.line(namePosition.line)
        productKey = Self.key(name, producer)
    }

    static func key(_ name: String, _ producer: String) -> String { VietnameseText.fold(name) + "\u{0}" + VietnameseText.fold(producer) }

    init(slug: String, path: String, name: String, producer: String, namePosition: SourcePosition, firstLineText: String?, nameLineText: String?,
         productKey: String? = nil) {
        self.productKey = productKey ?? Self.key(name, producer)
        self.slug = slug
        self.path = path
        self.name = name
        self.producer = producer
        self.namePosition = namePosition
        self.firstLineText = firstLineText
        self.nameLineText = nameLineText
    }
}
