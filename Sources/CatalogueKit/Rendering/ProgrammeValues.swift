import Templating

/// The programme dashboard: targets against the catalogue's figures, two charts and their tables.
/// Words (what each target is called, legends, captions) are in `programme.mustache`.
enum ProgrammeValues {
    static func values(_ catalogue: Catalogue, programme: SiteConfig.Programme) -> TemplateObject {
        let s = ProgrammeStatistics(catalogue)
        let series = s.starSeries
        let goals = programme.target.map { ProgrammeGoal.goals($0, statistics: s) } ?? []
        var goalValues: TemplateObject = [:]
        for kind in ProgrammeGoal.Kind.allCases {
            goalValues[TemplateKey(kind.rawValue)] = goals.first { $0.kind == kind }.map { goal(_: $0, baseline: kind == .products ? programme.baseline?.products : nil) } ?? .null
        }
        let districtChart = StackedBarChart(rows: s.districts.map { d in
            .init(label: d.district.name, segments: series.map { d.valid.count($0) } + [d.expired])
        }).svg()
        let yearChart = CumulativeLineChart(points: s.years.map { .init(label: String($0.year), count: $0.certified, cumulative: $0.cumulative) }).svg()
        return [
            "programme": .object([
                "target": programme.target.map { t in
                    .object(["period": .string(t.period), "products": .number(t.products), "five_star": .number(t.fiveStar),
                             "three_to_four_star": .number(t.threeToFourStar), "organisations": .number(t.organisations)])
                } ?? .null,
                "baseline": programme.baseline.map { b in
                    .object(["period": .string(b.period), "products": .number(b.products), "four_star": .number(b.fourStar)])
                } ?? .null,
                "goals": .object(goalValues),
                "has_goals": .bool(!goals.isEmpty),
                "valid_total": .integer(s.valid.total),
                "four_star": .integer(s.valid.count(4)),
                "expired": .integer(s.expired),
                "certified_total": .integer(s.valid.total + s.expired),
                "producers": .integer(s.producers),
                "stars": .list(series.map { stars in
                    .object(TemplateValue.starFields(stars).merging(["count": .integer(s.valid.count(stars))]) { $1 })
                }),
                "star_series": .list(series.enumerated().map { index, stars in
                    .object(TemplateValue.starFields(stars).merging(["series": .integer(index)]) { $1 })
                }),
                "expired_series": .integer(series.count),
                "districts": .list(s.districts.map { d in
                    .object([
                        "id": .string(d.district.id), "name": .string(d.district.name),
                        "url": catalogue.byDistrict[d.district.id] == nil ? .null : .string(SitePaths.link(SitePaths.district(d.district.id))),
                        "counts": .list(series.map { .integer(d.valid.count($0)) }),
                        "valid": .integer(d.valid.total), "expired": .integer(d.expired), "total": .integer(d.total),
                    ])
                }),
                "years": .list(s.years.map { .object(["year": .integer($0.year), "certified": .integer($0.certified), "cumulative": .integer($0.cumulative)]) }),
                "has_years": .bool(!s.years.isEmpty),
                "district_chart": chart(districtChart),
                "year_chart": chart(yearChart),
            ]),
        ]
    }

    static func goal(_ g: ProgrammeGoal, baseline: Int?) -> TemplateValue {
        .object([
            "actual": .integer(g.actual), "target": .integer(g.target), "remaining": .integer(g.remaining), "reached": .bool(g.reached),
            "percent": .string(NumberText.vietnamese(oneDecimal(g.percent))),
            "bar": .string(NumberText.plain(oneDecimal(g.barPercent))),
            "baseline": .number(baseline),
            "baseline_bar": baseline.map { .string(NumberText.plain(oneDecimal(g.target > 0 ? min(100, Double($0) / Double(g.target) * 100) : 0))) } ?? .null,
        ])
    }

    static func chart(_ chart: SVGChart) -> TemplateValue {
        .object(["view_box": .string(chart.viewBox), "body": .string(chart.body)])
    }


    static func oneDecimal(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
