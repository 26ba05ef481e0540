import Templating

/// The parts of a card that many products have in common (district, group, product set), made
/// once for the catalogue and shared by every card that shows them. Three objects for every
/// card took 15 MiB of the 232 MiB peak of a 20,000-product build; a few hundred take next to none.
struct CardParts: Sendable {
    /// By everything a part shows, so two models that give one id different words keep both.
    private struct Key: Hashable {
        var id: String
        var name: String
        var number = 0
    }

    private var districts: [Key: TemplateValue] = [:]
    private var groups: [Key: TemplateValue] = [:]
    private var productSets: [Key: TemplateValue] = [:]

    /// No shared parts: every card makes its own (pages rendered one at a time).
    init() {}

    init(site: SiteConfig, models: ScoringModelSet) {
        for district in site.districts { districts[Self.key(district)] = Self.make(district) }
        for model in models.models {
            for group in model.groups { groups[Self.key(group)] = Self.make(group) }
            for set in model.productSets { productSets[Self.key(set)] = Self.make(set) }
        }
    }

    func district(_ district: SiteConfig.District) -> TemplateValue {
        districts[Self.key(district)] ?? Self.make(district)
    }

    func group(_ group: ProductGroup) -> TemplateValue {
        groups[Self.key(group)] ?? Self.make(group)
    }

    func productSet(_ set: ProductSet) -> TemplateValue {
        productSets[Self.key(set)] ?? Self.make(set)
    }

    private static func key(_ d: SiteConfig.District) -> Key { Key(id: d.id, name: d.name) }
    private static func key(_ g: ProductGroup) -> Key { Key(id: g.id, name: g.name) }
    private static func key(_ s: ProductSet) -> Key { Key(id: s.id, name: s.name, number: s.number) }

    private static func make(_ d: SiteConfig.District) -> TemplateValue {
        .object(["id": .string(d.id), "name": .string(d.name), "url": .string(SitePaths.link(SitePaths.district(d.id)))])
    }

    private static func make(_ g: ProductGroup) -> TemplateValue {
        .object(["id": .string(g.id), "name": .string(g.name), "url": .string(SitePaths.link(SitePaths.group(g.id)))])
    }

    private static func make(_ s: ProductSet) -> TemplateValue {
        .object(["id": .string(s.id), "name": .string(s.name), "number": .integer(s.number)])
    }
}
