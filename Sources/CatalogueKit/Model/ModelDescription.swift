/// A scoring model as a short plain-text summary for `ocop models`.
public enum ModelDescription {
    public static func text(_ model: ScoringModel) -> String {
        var lines = ["\(model.id): \(model.decision), \(model.effectiveFrom.iso) to \(model.effectiveTo?.iso ?? "now") (\(model.sourcePath))"]
        lines.append("  parts: " + model.parts.map { "\($0.id) \(NumberText.plain($0.max))" }.joined(separator: ", "))
        lines.append("  bands: " + model.starBands.map { "\($0.stars)★ \($0.rangeDescription)" }.joined(separator: ", "))
        lines.append("  certified: " + model.certifiedStars.map { "\($0)★" }.joined(separator: ", ") + "; certificates valid \(model.certificateValidityMonths) months")
        for period in model.certifyingLevels {
            let levels = period.levels.keys.sorted().map { "\($0)★ \(period.levels[$0]!.rawValue)" }.joined(separator: ", ")
            lines.append("  certified by, \(period.from.iso) to \(period.to?.iso ?? "now"): \(levels)")
        }
        for group in model.groups {
            let sets = model.productSets.filter { $0.group == group.id }.map(\.id)
            lines.append("  \(group.id) (\(group.name)): " + sets.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
