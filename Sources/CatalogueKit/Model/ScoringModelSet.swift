/// The scoring models a site can use: the built-in ones, plus or replaced by the site's own.
public struct ScoringModelSet: Sendable {
    /// Sorted by the day each model takes effect.
    public private(set) var models: [ScoringModel]

    public init(_ models: [ScoringModel]) {
        self.models = models.sorted { ($0.effectiveFrom, $0.id) < ($1.effectiveFrom, $1.id) }
    }

    public func model(_ id: String) -> ScoringModel? { models.first { $0.id == id } }

    /// The model in force on `date`; where periods overlap, the one that took effect last.
    public func inForce(on date: LocalDate) -> ScoringModel? {
        models.last { $0.isInForce(on: date) }
    }

    /// Site models replace built-in ones with the same id and add the rest.
    public func merging(_ site: [ScoringModel]) -> ScoringModelSet {
        var byID = Dictionary(uniqueKeysWithValues: models.map { ($0.id, $0) })
        for model in site { byID[model.id] = model }
        return ScoringModelSet(Array(byID.values))
    }

    /// Product groups across models, newest model's wording first, for index pages.
    public var allGroups: [ProductGroup] {
        var seen: Set<String> = []
        var groups: [ProductGroup] = []
        for model in models.reversed() {
            for group in model.groups where seen.insert(group.id).inserted { groups.append(group) }
        }
        return groups
    }
}
