/// Reads one model of a scoring-models file and checks that it is coherent.
enum ScoringModelDecoder {
    static let fields = ["id", "title", "decision", "effective_from", "effective_to", "parts", "star_bands",
                         "certified_stars", "certificate_validity_months", "certifying_levels", "groups", "product_sets"]

    static func decode(_ m: MappingReader) -> ScoringModel? {
        let errorsBefore = m.collector.diagnostics.count
        let id = m.string("id", required: true, maxLength: 100)
        let from = m.date("effective_from", required: true)
        let to = m.date("effective_to")
        if let from, let to, to.value < from.value {
            report(m, "models.period", "effective_to \(to.value.iso) is before effective_from \(from.value.iso)", at: to.position)
        }
        let parts = list(m, "parts", fields: ["id", "max", "name", "name_en"]) { r -> ScorePart? in
            guard let id = r.string("id", required: true), let max = r.number("max", required: true), let name = r.string("name", required: true) else { return nil }
            if max.value <= 0 { report(r, "models.part-max", "part \(id.value) must have a positive max", at: max.position) }
            return ScorePart(id: id.value, max: max.value, name: name.value, nameEN: r.string("name_en")?.value)
        }
        let bands = list(m, "star_bands", fields: ["stars", "min", "max", "max_inclusive", "label"]) { r -> StarBand? in
            guard let stars = r.integer("stars", required: true), let min = r.number("min", required: true), let max = r.number("max", required: true) else { return nil }
            if min.value >= max.value { report(r, "models.band", "band for \(stars.value) stars has min \(NumberText.plain(min.value)) ≥ max \(NumberText.plain(max.value))", at: min.position) }
            return StarBand(stars: stars.value, min: min.value, max: max.value, maxInclusive: r.bool("max_inclusive")?.value ?? false, label: r.string("label")?.value ?? "")
        }
        let certified = (m.sequence("certified_stars") ?? []).compactMap { node -> Int? in
            guard let value = plainInt(node) else {
                m.typeError("certified_stars[]", expected: "a whole number", found: node)
                return nil
            }
            return value
        }
        let months = m.integer("certificate_validity_months", required: true)
        let levels = list(m, "certifying_levels", fields: ["from", "to", "stars"]) { r -> CertifyingPeriod? in
            guard let from = r.date("from", required: true), let stars = r.node("stars") else {
                if r.node("stars") == nil { r.missing("stars") }
                return nil
            }
            var levels: [Int: CertifyingLevel] = [:]
            if case .mapping(let mapping) = stars {
                for (key, value) in mapping {
                    guard let star = plainInt(key) else {
                        report(r, "models.certifying-level", "certifying levels are keyed by stars (3, 4, 5), found '\(key.string ?? "?")'", at: r.yaml.position(key.mark))
                        continue
                    }
                    guard let level = value.string.flatMap(CertifyingLevel.init(rawValue:)) else {
                        let allowed = CertifyingLevel.allCases.map(\.rawValue)
                        let guess = Suggestion.closest(to: value.string ?? "", in: allowed).map { "did you mean '\($0)'?" }
                        r.collector.add(r.yaml.diagnostic(.error, "models.certifying-level", "'\(value.string ?? "?")' is not a certifying level", at: value.mark,
                                                          notes: [guess, "allowed values: " + allowed.joined(separator: ", ")].compactMap { $0 }))
                        continue
                    }
                    levels[star] = level
                }
            } else {
                r.typeError("stars", expected: "a mapping such as {3: province, 4: province, 5: central}", found: stars)
            }
            return CertifyingPeriod(from: from.value, to: r.date("to")?.value, levels: levels)
        }
        let groups = list(m, "groups", fields: ["id", "name", "name_en"]) { r -> ProductGroup? in
            guard let id = r.string("id", required: true), let name = r.string("name", required: true) else { return nil }
            return ProductGroup(id: id.value, name: name.value, nameEN: r.string("name_en")?.value)
        }
        let groupIDs = Set(groups.map(\.id))
        let sets = list(m, "product_sets", fields: ["n", "id", "group", "name", "name_en", "successor"]) { r -> ProductSet? in
            guard let n = r.integer("n", required: true), let id = r.string("id", required: true),
                  let group = r.string("group", required: true), let name = r.string("name", required: true) else { return nil }
            if !groupIDs.contains(group.value) {
                report(r, "models.unknown-group", "product set '\(id.value)' names group '\(group.value)', which this model does not define", at: group.position)
            }
            return ProductSet(number: n.value, id: id.value, group: group.value, name: name.value,
                              nameEN: r.string("name_en")?.value, successor: r.string("successor")?.value)
        }
        let title = m.string("title", required: true)
        let decision = m.string("decision", required: true)
        guard let id, let from, let months else { return nil }
        let model = ScoringModel(
            id: id.value, title: title?.value ?? "", decision: decision?.value ?? "", effectiveFrom: from.value, effectiveTo: to?.value,
            parts: parts, starBands: bands.sorted { $0.min > $1.min }, certifiedStars: certified.sorted(),
            certificateValidityMonths: months.value, certifyingLevels: levels, groups: groups, productSets: sets,
            sourcePath: m.yaml.source.path)
        checkCoherence(model, m)
        return m.collector.diagnostics.count == errorsBefore ? model : nil
    }

    /// Bands cover 0 to the parts' total without gaps; certified stars have bands and certifiers; ids are unique.
    private static func checkCoherence(_ model: ScoringModel, _ m: MappingReader) {
        let at = m.yaml.position(m.mark)
        let ascending = model.starBands.sorted { $0.min < $1.min }
        var expected = 0.0
        var gap = false
        for band in ascending where !gap {
            gap = band.min != expected
            if gap { report(m, "models.bands-gap", "star bands of '\(model.id)' must cover 0 to \(NumberText.plain(model.totalMax)) without gaps or overlaps; the first is at \(NumberText.plain(expected))", at: at) }
            expected = band.max
        }
        if !gap, expected != model.totalMax || ascending.last?.maxInclusive != true {
            report(m, "models.bands-gap", "star bands of '\(model.id)' must end at the parts' total \(NumberText.plain(model.totalMax)), closed", at: at)
        }
        for star in model.certifiedStars where !model.starBands.contains(where: { $0.stars == star }) {
            report(m, "models.certified-stars", "certified star \(star) has no band in '\(model.id)'", at: at)
        }
        for (name, ids) in [("part", model.parts.map(\.id)), ("group", model.groups.map(\.id)), ("product set", model.productSets.map(\.id))] {
            for id in Set(ids) where ids.filter({ $0 == id }).count > 1 {
                report(m, "models.duplicate", "\(name) '\(id)' is defined twice in '\(model.id)'", at: at)
            }
        }
        if model.certificateValidityMonths <= 0 {
            report(m, "models.validity", "certificate_validity_months must be positive", at: at)
        }
    }

    private static func list<T>(_ m: MappingReader, _ key: String, fields: [String], _ item: (MappingReader) -> T?) -> [T] {
        guard let nodes = m.sequence(key) else {
            m.missing(key)
            return []
        }
        return nodes.enumerated().compactMap { index, node in
            MappingReader(node, yaml: m.yaml, collector: m.collector, path: "\(m.qualified(key))[\(index + 1)]", allowed: fields).flatMap(item)
        }
    }

    /// A whole number written as a plain YAML scalar (the composer resolves no tags).
    private static func plainInt(_ node: YAMLNode) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return nil }
        return Int(scalar.string)
    }

    private static func report(_ r: MappingReader, _ code: String, _ message: String, at position: SourcePosition) {
        r.collector.add(r.yaml.source.diagnostic(.error, code, message, at: position))
    }
}
