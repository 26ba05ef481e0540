/// A product page's fields as written, each with its position, before any OCOP rule is applied.
public struct ProductFrontMatter: Sendable {
    public var name: Located<String>
    public var producer: Located<String>
    public var producerType: Located<ProducerType>?
    public var district: Located<String>
    public var commune: Located<String>?
    public var productSet: Located<String>
    public var stars: Located<Int>
    public var assessment: Assessment?
    public var certificate: Certificate
    public var images: [Image]
    public var price: Located<String>?
    public var contact: Contact?
    public var tags: [Located<String>]

    /// The council's score sheet.
    public struct Assessment: Sendable {
        public var model: Located<String>?
        /// Part scores by part id ("A", "B", "C"), in the order written.
        public var scores: [(part: Located<String>, score: Located<Double>)]
        public var total: Located<Double>?
        public var position: SourcePosition
        /// Parts given with a value that is not a number (already reported as `field.type`), so
        /// the rules do not also call them missing.
        public var unreadableParts: Set<String> = []
    }

    public struct Certificate: Sendable {
        public var number: Located<String>
        public var issued: Located<LocalDate>
        public var authority: Located<CertifyingLevel>?
        public var position: SourcePosition
    }

    public struct Image: Sendable {
        public var src: Located<String>
        public var alt: Located<String>
    }

    public struct Contact: Sendable {
        public var phone: Located<String>?
        public var email: Located<String>?
        public var website: Located<String>?
        public var address: Located<String>?
    }
}
