/// Which level of government recognises a star rating.
public enum CertifyingLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case district
    case province
    case central

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
