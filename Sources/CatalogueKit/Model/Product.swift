/// A product that passed validation: every reference resolved against the site and its scoring model.
///
/// A class with constant properties: a national catalogue moves tens of thousands of products
/// through lists, indexes and sorts, and sharing one reference is cheaper than copying 25 fields.
public final class Product: Sendable {
    public let slug: String
    public let name: String
    public let producer: String
    public let producerType: ProducerType?
    public let district: SiteConfig.District
    public let commune: String?
    public let model: ScoringModel
    public let productSet: ProductSet
    public let group: ProductGroup
    public let stars: Int
    /// Part scores in the model's part order (empty when no score sheet is given).
    public let scores: [PartScore]
    /// The given total, or the sum of the parts.
    public let total: Double?
    public let certificate: Certificate
    public let images: [ProductImage]
    public let price: String?
    public let contact: Contact
    public let tags: [String]
    /// The description as safe HTML (made again from the page when it came from the cache).
    public var descriptionHTML: String { description.text }
    /// Lets the description's HTML go once nothing will show it soon (see `DeferredText`).
    public func releaseDescriptionHTML() { description.release() }
    private let description: DeferredText
    public let summary: String
    /// The page's source, relative to the project root.
    public let sourcePath: String
    /// The producer's name folded (case, diacritics), to count producers.
    public let producerKey: String

    public init(slug: String, name: String, producer: String, producerType: ProducerType?, district: SiteConfig.District, commune: String?,
                model: ScoringModel, productSet: ProductSet, group: ProductGroup, stars: Int, scores: [PartScore], total: Double?,
                certificate: Certificate, images: [ProductImage], price: String?, contact: Contact, tags: [String],
                description: DeferredText, summary: String, sourcePath: String) {
        self.slug = slug
        self.name = name
        self.producer = producer
        self.producerType = producerType
        self.district = district
        self.commune = commune
        self.model = model
        self.productSet = productSet
        self.group = group
        self.stars = stars
        self.scores = scores
        self.total = total
        self.certificate = certificate
        self.images = images
        self.price = price
        self.contact = contact
        self.tags = tags
        self.description = description
        self.summary = summary
        self.sourcePath = sourcePath
        self.producerKey = VietnameseText.fold(producer)
    }

    public struct PartScore: Sendable, Hashable {
        public var part: ScorePart
        public var score: Double
    }

    public struct Certificate: Sendable, Hashable {
        public var number: String
        public var issued: LocalDate
        /// The last day the certificate is valid.
        public var validUntil: LocalDate
        public var authority: CertifyingLevel?
        /// Whether it had lapsed on the build's "as of" day.
        public var expired: Bool
    }

    public struct Contact: Sendable, Hashable {
        public var phone: String?
        public var email: String?
        public var website: String?
        public var address: String?

        public init(phone: String? = nil, email: String? = nil, website: String? = nil, address: String? = nil) {
            self.phone = phone
            self.email = email
            self.website = website
            self.address = address
        }

        public var isEmpty: Bool { phone == nil && email == nil && website == nil && address == nil }
    }
}
