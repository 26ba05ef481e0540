/// One target of the programme set against what the catalogue shows.
public struct ProgrammeGoal: Sendable, Equatable {
    /// Which target: the words for each live in the dashboard's template.
    public enum Kind: String, Sendable, CaseIterable {
        /// Products with a valid certificate, against products developed and standardised.
        case products
        case fiveStar = "five_star"
        case threeToFourStar = "three_to_four_star"
        /// Distinct producers, against economic organisations taking part.
        case organisations
    }

    public var kind: Kind
    public var actual: Int
    public var target: Int

    /// The real share of the target reached, which may pass 100.
    public var percent: Double { target > 0 ? Double(actual) / Double(target) * 100 : (actual > 0 ? 100 : 0) }
    /// The share a progress bar fills: capped at 100 so a passed target does not overflow.
    public var barPercent: Double { Swift.min(100, percent) }
    public var reached: Bool { actual >= target }
    public var remaining: Int { Swift.max(0, target - actual) }

    /// The goals a programme's targets set, in the order the dashboard shows them; a target
    /// left out of `site.yml` is left out here.
    public static func goals(_ target: SiteConfig.Programme.Target, statistics s: ProgrammeStatistics) -> [ProgrammeGoal] {
        let pairs: [(Kind, Int?, Int)] = [
            (.products, target.products, s.valid.total),
            (.fiveStar, target.fiveStar, s.valid.count(5)),
            (.threeToFourStar, target.threeToFourStar, s.valid.threeToFour),
            (.organisations, target.organisations, s.producers),
        ]
        return pairs.compactMap { kind, goal, actual in goal.map { ProgrammeGoal(kind: kind, actual: actual, target: $0) } }
    }
}
