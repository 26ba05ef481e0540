/// Binary forms of the values the build cache keeps: a page's result (product, findings,
/// identity). References to the site and the models are stored by id and looked up on reading;
/// an id that no longer resolves makes the entry unusable, and the page is read again.
enum CacheCoding {
    struct Context {
        let site: SiteConfig
        let models: ScoringModelSet
        /// The project root, to make a cached product's description again from its page.
        let root: String
        /// A national site has hundreds of districts, looked up once per cached product.
        let districts: [String: SiteConfig.District]

        init(site: SiteConfig, models: ScoringModelSet, root: String) {
            self.site = site
            self.models = models
            self.root = root
            districts = Dictionary(site.districts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    static func write(_ r: PageResult, to w: inout CacheWriter) {
        w.string(r.path)
        w.fixed(r.contentHash)
        w.array(r.dependencies) { $0.string($1) }
        w.array(r.diagnostics) { write($1, to: &$0) }
        w.optional(r.identity) { write($1, to: &$0) }
        w.optional(r.product) { write($1, to: &$0) }
    }

    static func readResult(_ r: inout CacheReader, _ context: Context) throws(CacheReader.Corrupt) -> PageResult {
        let path = try r.string()
        let hash = try r.fixed()
        let dependencies = try r.array { r throws(CacheReader.Corrupt) in try r.string() }
        let diagnostics = try r.array { r throws(CacheReader.Corrupt) in try readDiagnostic(&r) }
        let identity = try r.optional { r throws(CacheReader.Corrupt) in try readIdentity(&r) }
        let product = try r.optional { r throws(CacheReader.Corrupt) in try readProduct(&r, context) }
        return PageResult(path: path, product: product, diagnostics: diagnostics, identity: identity, contentHash: hash, dependencies: dependencies)
    }

    static func write(_ d: Diagnostic, to w: inout CacheWriter) {
        w.uint(d.severity == .error ? 0 : d.severity == .warning ? 1 : 2)
        w.string(d.code)
        w.string(d.message)
        w.optional(d.location) { w, l in w.string(l.path); w.int(l.line); w.int(l.column) }
        w.string(d.lineText)
        w.array(d.notes) { $0.string($1) }
    }

    static func readDiagnostic(_ r: inout CacheReader) throws(CacheReader.Corrupt) -> Diagnostic {
        let severity: Severity = switch try r.uint() { case 0: .error; case 1: .warning; default: .note }
        let code = try r.string(), message = try r.string()
        let location = try r.optional { r throws(CacheReader.Corrupt) in SourceLocation(path: try r.string(), line: try r.int(), column: try r.int()) }
        let lineText = try r.optionalString()
        let notes = try r.array { r throws(CacheReader.Corrupt) in try r.string() }
        return Diagnostic(severity, code: code, message: message, location: location, lineText: lineText, notes: notes)
    }

    static func write(_ i: PageIdentity, to w: inout CacheWriter) {
        w.string(i.slug); w.string(i.path); w.string(i.name); w.string(i.producer)
        w.int(i.namePosition.line); w.int(i.namePosition.column)
        w.string(i.firstLineText); w.string(i.nameLineText); w.string(i.productKey)
    }

    static func readIdentity(_ r: inout CacheReader) throws(CacheReader.Corrupt) -> PageIdentity {
        PageIdentity(slug: try r.string(), path: try r.string(), name: try r.string(), producer: try r.string(),
                     namePosition: SourcePosition(line: try r.int(), column: try r.int()),
                     firstLineText: try r.optionalString(), nameLineText: try r.optionalString(), productKey: try r.string())
    }

    static func write(_ p: Product, to w: inout CacheWriter) {
        w.string(p.slug); w.string(p.name); w.string(p.producer); w.string(p.producerType?.rawValue)
        w.string(p.district.id); w.string(p.commune); w.string(p.model.id); w.string(p.productSet.id)
        w.int(p.stars)
        w.array(p.scores) { w, s in w.string(s.part.id); w.double(s.score) }
        w.optional(p.total) { $0.double($1) }
        let c = p.certificate
        w.string(c.number); w.int(c.issued.daysSinceEpoch); w.int(c.validUntil.daysSinceEpoch); w.string(c.authority?.rawValue); w.bool(c.expired)
        w.array(p.images) { w, i in w.string(i.sourcePath); w.string(i.outputName); w.string(i.alt); w.bool(i.inBodyOnly) }
        w.string(p.price)
        w.string(p.contact.phone); w.string(p.contact.email); w.string(p.contact.website); w.string(p.contact.address)
        w.array(p.tags) { $0.string($1) }
        // The description HTML is not kept: it is most of a product's size, and is made again
        // from the unchanged page the few times an incremental build needs it.
        w.string(p.summary); w.string(p.sourcePath)
    }

    static func readProduct(_ r: inout CacheReader, _ context: Context) throws(CacheReader.Corrupt) -> Product {
        let slug = try r.string(), name = try r.string(), producer = try r.string()
        let producerType = try r.optionalString().map { t throws(CacheReader.Corrupt) -> ProducerType in try known(ProducerType(rawValue: t)) }
        let districtID = try r.string()
        let district = try known(context.districts[districtID])
        let commune = try r.optionalString()
        let model = try known(context.models.model(try r.string()))
        let productSet = try known(model.productSet(try r.string()))
        let group = try known(model.group(productSet.group))
        let stars = try r.int()
        let scores = try r.array { r throws(CacheReader.Corrupt) -> Product.PartScore in
            Product.PartScore(part: try known(model.part(try r.string())), score: try r.double())
        }
        let total = try r.optional { r throws(CacheReader.Corrupt) in try r.double() }
        let certificate = Product.Certificate(
            number: try r.string(), issued: try readDate(&r), validUntil: try readDate(&r),
            authority: try r.optionalString().map { a throws(CacheReader.Corrupt) -> CertifyingLevel in try known(CertifyingLevel(rawValue: a)) },
            expired: try r.bool())
        let images = try r.array { r throws(CacheReader.Corrupt) in
            ProductImage(sourcePath: try r.string(), outputName: try r.string(), alt: try r.string(), inBodyOnly: try r.bool())
        }
        let price = try r.optionalString()
        let contact = Product.Contact(phone: try r.optionalString(), email: try r.optionalString(), website: try r.optionalString(), address: try r.optionalString())
        let tags = try r.array { r throws(CacheReader.Corrupt) in try r.string() }
        let summary = try r.string(), sourcePath = try r.string()
        let root = context.root, unsafe = context.site.unsafeHTML
        return Product(slug: slug, name: name, producer: producer, producerType: producerType, district: district, commune: commune,
                       model: model, productSet: productSet, group: group, stars: stars, scores: scores, total: total,
                       certificate: certificate, images: images, price: price, contact: contact, tags: tags,
                       description: DeferredText { PageReader.descriptionHTML(root: root, path: sourcePath, unsafeHTML: unsafe) },
                       summary: summary, sourcePath: sourcePath)
    }

    /// Days within years 1 to 9999, so a damaged cache cannot make an impossible date.
    private static func readDate(_ r: inout CacheReader) throws(CacheReader.Corrupt) -> LocalDate {
        let days = try r.int()
        guard (-719_162...2_932_896).contains(days) else { throw CacheReader.Corrupt() }
        return LocalDate(daysSinceEpoch: days)
    }

    private static func known<T>(_ value: T?) throws(CacheReader.Corrupt) -> T {
        guard let value else { throw CacheReader.Corrupt() }
        return value
    }
}
