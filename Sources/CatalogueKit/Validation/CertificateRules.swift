/// Rules 7 and 8: dates and validity of the certificate, and who may issue it.
enum CertificateRules {
    /// Rule 7. Returns the certificate as the catalogue shows it.
    static func check(_ written: ProductFrontMatter.Certificate, stars: Int, model: ScoringModel, context: ValidationContext,
                      _ source: SourceText, _ collector: DiagnosticCollector) -> Product.Certificate {
        let issued = written.issued.value
        if issued > context.asOf {
            collector.add(source.diagnostic(.error, "certificate.issued-in-future",
                                            "certificate issued on \(issued.iso), after the as-of date \(context.asOf.iso)", at: written.issued.position,
                                            notes: ["check the date, or build with --as-of a later day"]))
        }
        let validUntil = issued.adding(months: model.certificateValidityMonths).previousDay()
        let expired = context.asOf > validUntil
        if expired {
            let lapse = "certificate \(written.number.value) expired on \(validUntil.iso) (issued \(issued.iso), valid \(model.certificateValidityMonths) months)"
            switch context.site.expired {
            case .notice:
                collector.add(source.diagnostic(.warning, "certificate.expired", lapse, at: written.issued.position,
                                                notes: ["the page is shown with an expired notice (site.yml expired: notice)"]))
            case .hide:
                collector.add(source.diagnostic(.warning, "certificate.expired", lapse, at: written.issued.position,
                                                notes: ["the product is left out of the site (site.yml expired: hide)"]))
            case .error:
                collector.add(source.diagnostic(.error, "certificate.expired", lapse, at: written.issued.position,
                                                notes: ["renew the certificate or remove the page (site.yml expired: error)"]))
            }
        }
        let expected = model.certifyingLevel(stars: stars, on: issued)
        checkAuthority(written.authority, expected: expected, stars: stars, issued: issued, model: model, source, collector)
        return Product.Certificate(number: written.number.value, issued: issued, validUntil: validUntil,
                                   authority: written.authority?.value ?? expected, expired: expired)
    }

    /// Rule 8: a given authority must be the level that recognised that star rating on that day.
    private static func checkAuthority(_ given: Located<CertifyingLevel>?, expected: CertifyingLevel?, stars: Int, issued: LocalDate,
                                       model: ScoringModel, _ source: SourceText, _ collector: DiagnosticCollector) {
        guard let given, let expected, given.value != expected else { return }
        collector.add(source.diagnostic(.error, "certificate.authority-mismatch",
                                        "a \(stars)-star product certified on \(issued.iso) is recognised at the \(expected.rawValue) level, not the \(given.value.rawValue) level",
                                        at: given.position,
                                        notes: ["under \(model.decision) \(periodNote(model, issued))"]))
    }

    private static func periodNote(_ model: ScoringModel, _ date: LocalDate) -> String {
        guard let period = model.certifyingLevels.first(where: { $0.contains(date) }) else { return "" }
        let levels = period.levels.keys.sorted().map { "\($0)★ \(period.levels[$0]!.rawValue)" }.joined(separator: ", ")
        return "from \(period.from.iso)\(period.to.map { " to \($0.iso)" } ?? ""): \(levels)"
    }
}
