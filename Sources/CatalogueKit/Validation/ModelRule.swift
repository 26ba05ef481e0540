/// Rule 1: the model is the one given, or the one in force on the certificate's issue date.
enum ModelRule {
    static func resolve(_ page: ProductFrontMatter, in source: SourceText, context: ValidationContext, into collector: DiagnosticCollector) -> ScoringModel? {
        let issued = page.certificate.issued
        let inForce = context.models.inForce(on: issued.value)
        guard let given = page.assessment?.model else {
            if inForce == nil { noModel(on: issued, source, context, collector) }
            return inForce
        }
        guard let model = context.models.model(given.value) else {
            let ids = context.models.models.map(\.id)
            var notes = ["known models: " + ids.joined(separator: ", ")]
            if let guess = Suggestion.closest(to: given.value, in: ids) { notes.insert("did you mean '\(guess)'?", at: 0) }
            collector.add(source.diagnostic(.error, "scoring.unknown-model", "unknown scoring model '\(given.value)'", at: given.position, notes: notes))
            return nil
        }
        if !model.isInForce(on: issued.value) {
            var notes = ["\(model.id) applies \(model.periodDescription)"]
            if let inForce { notes.append("the model in force that day is \(inForce.id); remove assessment.model to use it") }
            collector.add(source.diagnostic(.error, "scoring.model-not-in-force",
                                            "model \(model.id) was not in force on \(issued.value.iso), the certificate's issue date",
                                            at: given.position, notes: notes))
        }
        return model
    }

    private static func noModel(on issued: Located<LocalDate>, _ source: SourceText, _ context: ValidationContext, _ collector: DiagnosticCollector) {
        let earliest = context.models.models.first
        collector.add(source.diagnostic(.error, "scoring.no-model-in-force",
                                        "no OCOP scoring model was in force on \(issued.value.iso), the certificate's issue date",
                                        at: issued.position,
                                        notes: earliest.map { ["the earliest model, \($0.id), applies from \($0.effectiveFrom.iso)"] } ?? []))
    }
}
