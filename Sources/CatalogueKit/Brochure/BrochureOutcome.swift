/// What a brochure selection chose, and what each filter matched on its own.
public struct BrochureOutcome: Sendable {
    /// In brochure order.
    public var products: [Product]
    public var reports: [FilterReport]
    /// Products that match every filter but were left out because their certificate lapsed.
    public var expiredLeftOut: Int
    public var asOf: LocalDate
    public var includedExpired: Bool

    public struct FilterReport: Sendable, Equatable {
        public var flag: String
        public var value: String
        /// Set when the value names no district, group or product set.
        public var problem: String?
        /// Products this value matches on its own, among those the brochure may show.
        public var matched: Int
        /// Products it matches whose certificate lapsed, when expired products are left out.
        public var expired: Int

        /// `--district "Năm Căn" matched 3 products`, `--stars 5 matched none`.
        public var description: String {
            let written = flag == "--stars" ? "\(flag) \(value)" : "\(flag) \"\(value)\""
            if let problem { return "\(written) \(problem)" }
            switch (matched, expired) {
            case (0, 0): return "\(written) matched none"
            case (0, _): return "\(written) matched none with a valid certificate (\(Self.products(expired)) expired)"
            case (_, 0): return "\(written) matched \(Self.products(matched))"
            default: return "\(written) matched \(Self.products(matched)) (and \(expired) expired)"
            }
        }

        static func products(_ n: Int) -> String { n == 1 ? "1 product" : "\(n) products" }
    }

    /// Why the selection is empty: each filter and what it matched alone, then what would help.
    public var emptyExplanation: [String] {
        var lines: [String] = []
        if reports.isEmpty {
            lines.append(includedExpired ? "the catalogue has no products" : "the catalogue has no product with a valid certificate")
        } else {
            lines.append("no product matches every filter: " + reports.map(\.description).joined(separator: ", "))
        }
        if expiredLeftOut > 0 {
            let subject = expiredLeftOut == 1 ? "1 product matches every filter but its certificate" : "\(expiredLeftOut) products match every filter but their certificates"
            lines.append("note: \(subject) had lapsed by \(asOf.vietnamese); add --include-expired to include them")
        }
        return lines
    }
}
