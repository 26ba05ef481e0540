/// Rules 2–4: certified stars, part scores and total, and stars against the band of the score.
enum ScoreRules {
    /// Totals are council averages written to two decimals at most; anything closer is equal.
    static let tolerance = 0.005

    /// Rule 2.
    static func checkStars(_ stars: Located<Int>, model: ScoringModel, _ source: SourceText, _ collector: DiagnosticCollector) -> Bool {
        guard !model.certifiedStars.contains(stars.value) else { return true }
        let allowed = model.certifiedStars.map(String.init).joined(separator: ", ")
        collector.add(source.diagnostic(.error, "scoring.stars-not-certified",
                                        "stars must be one of \(allowed) under \(model.id), found \(stars.value)", at: stars.position,
                                        notes: ["only \(allowed)-star results are certified and may appear in the catalogue"]))
        return false
    }

    /// Rule 3: part scores within their maxima, and the total their sum. Returns the parts in the
    /// model's order and the total to judge the stars by (nil when it cannot be known).
    static func checkScores(_ assessment: ProductFrontMatter.Assessment?, model: ScoringModel, _ source: SourceText,
                            _ collector: DiagnosticCollector) -> (parts: [Product.PartScore], total: Double?) {
        guard let assessment else { return ([], nil) }
        var parts: [String: Product.PartScore] = [:]
        var sound = true
        for (partID, score) in assessment.scores {
            guard let part = model.part(partID.value) else {
                let ids = model.parts.map(\.id)
                collector.add(source.diagnostic(.error, "scoring.unknown-part", "'\(partID.value)' is not a part of the \(model.id) score sheet",
                                                at: partID.position, notes: ["its parts are " + ids.joined(separator: ", ")]))
                sound = false
                continue
            }
            if score.value < 0 || score.value > part.max + tolerance {
                collector.add(source.diagnostic(.error, "scoring.part-out-of-range",
                                                "part \(part.id) scores \(NumberText.plain(score.value)), outside 0 to \(NumberText.plain(part.max)) under \(model.id)",
                                                at: score.position, notes: ["part \(part.id) (\(part.nameEN ?? part.name)) is worth at most \(NumberText.plain(part.max)) points"]))
                sound = false
            }
            parts[part.id] = Product.PartScore(part: part, score: score.value)
        }
        let ordered = model.parts.compactMap { parts[$0.id] }
        let missing = model.parts.filter { parts[$0.id] == nil && !assessment.unreadableParts.contains($0.id) }.map(\.id)
        if !assessment.scores.isEmpty, !missing.isEmpty, sound {
            collector.add(source.diagnostic(.error, "scoring.missing-part", "the score sheet has no part \(missing.joined(separator: ", "))",
                                            at: assessment.scores[0].part.position, notes: ["give every part: " + model.parts.map(\.id).joined(separator: ", ")]))
            sound = false
        }
        let sum = ordered.count == model.parts.count ? ordered.reduce(0) { $0 + $1.score } : nil
        if let total = assessment.total {
            if total.value < 0 || total.value > model.totalMax + tolerance {
                collector.add(source.diagnostic(.error, "scoring.total-out-of-range", "total \(NumberText.plain(total.value)) is outside 0 to \(NumberText.plain(model.totalMax))", at: total.position))
                return (ordered, nil)
            }
            if let sum, sound, abs(sum - total.value) > tolerance {
                let formula = model.parts.map(\.id).joined(separator: " + ")
                collector.add(source.diagnostic(.error, "scoring.total-mismatch",
                                                "total \(NumberText.plain(total.value)) is not \(formula) = \(NumberText.plain(sum))", at: total.position,
                                                notes: ["correct the total or the part scores; both come from the council's score sheet"]))
                return (ordered, nil)
            }
            return (ordered, sound ? total.value : nil)
        }
        return (ordered, sound ? sum : nil)
    }

    /// Rule 4: above the band is an error; below it a warning, since mandatory criteria can hold a product back.
    static func checkBand(stars: Located<Int>, total: Double, model: ScoringModel, _ source: SourceText, _ collector: DiagnosticCollector) {
        guard let band = model.band(for: total), band.stars != stars.value else { return }
        let reached = "a total of \(NumberText.plain(total)) reaches the \(band.stars)-star band \(band.rangeDescription) of \(model.id)"
        if stars.value > band.stars {
            collector.add(source.diagnostic(.error, "scoring.stars-above-band", "\(stars.value) stars claimed, but \(reached)", at: stars.position,
                                            notes: ["the star rating cannot be higher than the score allows"]))
        } else {
            collector.add(source.diagnostic(.warning, "scoring.stars-below-band", "\(stars.value) stars, while \(reached)", at: stars.position,
                                            notes: ["this is allowed when mandatory criteria hold a product back; check the rating on the certificate"]))
        }
    }
}
