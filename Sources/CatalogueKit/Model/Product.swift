/// A product that passed validation: every reference resolved against the site and its scoring model.
public struct Product: Sendable {
    public var slug: String
    public var name: String
    public var producer: String
    public var producerType: ProducerType?
    public var district: SiteConfig.District
    public var commune: String?
    public var model: ScoringModel
    public var productSet: ProductSet
    public var group: ProductGroup
    public var stars: Int
    /// Part scores in the model's part order (empty when no score sheet is given).
    public var scores: [PartScore]
    /// The given total, or the sum of the parts.
    public var total: Double?
    public var certificate: Certificate
    public var images: [ProductImage]
    public var price: String?
    public var contact: Contact
    public var tags: [String]
    public var descriptionHTML: String
    public var summary: String
    /// The page's source, relative to the project root.
    public var sourcePath: String

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
