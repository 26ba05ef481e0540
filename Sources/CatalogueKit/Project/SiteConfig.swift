/// `content/site.yml`: what the whole site shares.
public struct SiteConfig: Sendable {
    public var title: String
    public var language: String
    public var baseURL: String
    public var description: String?
    public var sampleData: Bool
    public var unsafeHTML: Bool
    public var perPage: Int
    public var expired: ExpiredPolicy
    public var timezone: String
    public var districts: [District]
    public var programme: Programme?
    /// Most bytes one build may write (`max_output_bytes`): a template or content mistake that
    /// multiplies the site stops with `output.too-large` before it fills the disk.
    public var maxOutputBytes: Int = SiteConfig.defaultMaxOutputBytes
    public static let defaultMaxOutputBytes = 2 << 30

    /// What happens to a product whose certificate has lapsed on the "as of" date.
    public enum ExpiredPolicy: String, Sendable, CaseIterable {
        /// Shown, with a notice (the default).
        case notice
        /// Left out of the site.
        case hide
        /// Reported as an error.
        case error
    }

    public struct District: Sendable, Hashable {
        public var id: String
        public var name: String
        public var position: SourcePosition
    }

    /// Targets and baseline of the provincial OCOP programme, for the dashboard.
    public struct Programme: Sendable, Hashable {
        public var target: Target?
        public var baseline: Baseline?

        public struct Target: Sendable, Hashable {
            public var period: String
            public var products: Int?
            public var fiveStar: Int?
            public var threeToFourStar: Int?
            public var organisations: Int?
        }

        public struct Baseline: Sendable, Hashable {
            public var period: String
            public var products: Int?
            public var fourStar: Int?
        }
    }
}
