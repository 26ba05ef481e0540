/// Rule 5: the product set belongs to the model; the group follows from it.
enum ProductSetRule {
    static func resolve(_ written: Located<String>, model: ScoringModel, context: ValidationContext,
                        _ source: SourceText, _ collector: DiagnosticCollector) -> (ProductSet, ProductGroup)? {
        if let set = model.productSet(written.value), let group = model.group(set.group) { return (set, group) }
        var notes: [String] = []
        if let other = context.models.models.first(where: { $0.id != model.id && $0.productSet(written.value) != nil }) {
            notes.append("'\(written.value)' is a product set of \(other.id), not of \(model.id)")
            if let successor = other.productSet(written.value)?.successor, model.productSet(successor) != nil {
                notes.append("under \(model.id) it is '\(successor)'")
            }
        } else if let guess = Suggestion.closest(to: written.value, in: model.productSets.map(\.id)) {
            notes.append("did you mean '\(guess)'?")
        }
        notes.append("the product sets of \(model.id) are listed by `ocop models`")
        collector.add(source.diagnostic(.error, "scoring.unknown-product-set", "\"\(written.value)\" is not a product set of \(model.id)",
                                        at: written.position, notes: notes))
        return nil
    }
}
