/// One OCOP criteria set (a Prime Minister's decision): parts, star bands, who certifies,
/// how long a certificate lasts, and its product groups and sets.
public struct ScoringModel: Sendable, Hashable {
    public var id: String
    public var title: String
    public var decision: String
    public var effectiveFrom: LocalDate
    /// The last day it applies; nil while in force.
    public var effectiveTo: LocalDate?
    public var parts: [ScorePart]
    public var starBands: [StarBand]
    public var certifiedStars: [Int]
    public var certificateValidityMonths: Int
    public var certifyingLevels: [CertifyingPeriod]
    public var groups: [ProductGroup]
    public var productSets: [ProductSet]
    /// Where the model was defined (built in, or a site's file), for messages.
    public var sourcePath: String

    public var totalMax: Double { parts.reduce(0) { $0 + $1.max } }

    public func isInForce(on date: LocalDate) -> Bool {
        effectiveFrom <= date && (effectiveTo.map { date <= $0 } ?? true)
    }

    public func part(_ id: String) -> ScorePart? { parts.first { $0.id == id } }
    public func productSet(_ id: String) -> ProductSet? { productSets.first { $0.id == id } }
    public func group(_ id: String) -> ProductGroup? { groups.first { $0.id == id } }

    /// The band a total falls in: [min, max), the top band closed.
    public func band(for total: Double) -> StarBand? {
        starBands.first { total >= $0.min && (total < $0.max || ($0.maxInclusive && total <= $0.max)) }
    }

    /// Who could certify `stars` on `date`, if anyone.
    public func certifyingLevel(stars: Int, on date: LocalDate) -> CertifyingLevel? {
        certifyingLevels.first { $0.contains(date) }?.levels[stars]
    }

    /// "1048/QĐ-TTg (2019-08-21 to 2023-02-23)".
    public var periodDescription: String {
        "\(decision) (\(effectiveFrom.iso) to \(effectiveTo?.iso ?? "today"))"
    }
}

public struct ScorePart: Sendable, Hashable {
    public var id: String
    public var max: Double
    public var name: String
    public var nameEN: String?
}

public struct StarBand: Sendable, Hashable {
    public var stars: Int
    public var min: Double
    public var max: Double
    public var maxInclusive: Bool
    public var label: String

    /// "[70, 90)" or "[90, 100]".
    public var rangeDescription: String {
        "[\(NumberText.plain(min)), \(NumberText.plain(max))\(maxInclusive ? "]" : ")")"
    }
}

public struct CertifyingPeriod: Sendable, Hashable {
    public var from: LocalDate
    public var to: LocalDate?
    public var levels: [Int: CertifyingLevel]

    public func contains(_ date: LocalDate) -> Bool { from <= date && (to.map { date <= $0 } ?? true) }
}

public struct ProductGroup: Sendable, Hashable {
    public var id: String
    public var name: String
    public var nameEN: String?
}

public struct ProductSet: Sendable, Hashable {
    public var number: Int
    public var id: String
    public var group: String
    public var name: String
    public var nameEN: String?
    /// The set that replaces it in the next model, for migration hints.
    public var successor: String?
}
