import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CatalogueKit

/// The chart builders: the only Swift that writes markup, so every text must come out escaped
/// and the result must be well-formed inside the template's `<svg>`.
@Suite struct SVGChartTests {
    /// The chart's elements inside an `<svg>` element, as the template writes it, parsed as XML.
    private func isWellFormed(_ chart: SVGChart) -> Bool {
        let document = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\(chart.viewBox)\"><title>t</title>\(chart.body)</svg>"
        return XMLParser(data: Data(document.utf8)).parse()
    }

    @Test func escapesEveryCharacterThatMeansSomethingInMarkup() {
        #expect(SVGText.escape(#"A & B <script>"x"</script> 'y'"#) == "A &amp; B &lt;script&gt;&quot;x&quot;&lt;/script&gt; &#39;y&#39;")
        #expect(SVGText.escape("Đầm Dơi") == "Đầm Dơi")
    }

    @Test func stackedBarsLabelEveryRowWithItsNameAndTotalEscaped() {
        let chart = StackedBarChart(rows: [
            .init(label: "Thành phố Cà Mau", segments: [1, 4, 0, 2]),
            .init(label: "<b>A&B</b>", segments: [0, 0, 0, 0]),
        ]).svg()
        #expect(isWellFormed(chart))
        #expect(chart.body.contains(">Thành phố Cà Mau</text>"))
        #expect(chart.body.contains(">&lt;b&gt;A&amp;B&lt;/b&gt;</text>"))
        #expect(!chart.body.contains("<b>"))
        #expect(chart.body.contains("class=\"chart-value\">7</text>"))
        #expect(chart.body.contains("class=\"chart-value\">0</text>"))
        // One rectangle per non-empty segment, classed by series for the legend's colours.
        #expect(chart.body.components(separatedBy: "<rect ").count - 1 == 3)
        #expect(chart.body.contains("class=\"series-3\""))
        #expect(!chart.body.contains("class=\"series-2\""))
    }

    @Test func stackedBarsGrowWithTheirRowsAndClipLongNames() {
        let one = StackedBarChart(rows: [.init(label: "A", segments: [1])]).svg()
        let three = StackedBarChart(rows: Array(repeating: .init(label: String(repeating: "Dài ", count: 12), segments: [2]), count: 3)).svg()
        #expect(three.height > one.height)
        #expect(three.body.contains("…</text>"))
        #expect(one.viewBox.hasPrefix("0 0 360 "))
    }

    @Test func axisStepsAreRoundNumbers() {
        #expect(AxisScale.ticks(upTo: 6) == (2, 6))
        #expect(AxisScale.ticks(upTo: 36) == (10, 40))
        #expect(AxisScale.ticks(upTo: 0) == (1, 1))
        #expect(AxisScale.ticks(upTo: 1) == (1, 1))
        #expect(AxisScale.ticks(upTo: 230) == (50, 250))
    }

    @Test func cumulativeLineLabelsYearsAndRunningTotals() {
        let chart = CumulativeLineChart(points: [
            .init(label: "2021", count: 11, cumulative: 11),
            .init(label: "2022", count: 0, cumulative: 11),
            .init(label: "2023", count: 9, cumulative: 20),
        ]).svg()
        #expect(isWellFormed(chart))
        for year in ["2021", "2022", "2023"] { #expect(chart.body.contains(">\(year)</text>")) }
        #expect(chart.body.contains("class=\"chart-value\">20</text>"))
        #expect(chart.body.components(separatedBy: "<circle ").count - 1 == 3)
        // No bar for a year without certifications.
        #expect(chart.body.components(separatedBy: "<rect ").count - 1 == 2)
        #expect(chart.body.contains("<polyline class=\"chart-line\""))
    }

    @Test func manyYearsAreLabelledEveryFewYears() {
        let points = (2010...2029).map { CumulativeLineChart.Point(label: String($0), count: 1, cumulative: $0 - 2009) }
        let chart = CumulativeLineChart(points: points).svg()
        #expect(chart.body.contains(">2010</text>"))
        #expect(!chart.body.contains(">2011</text>"))
        #expect(isWellFormed(chart))
    }

    @Test func emptyChartsAreStillWellFormed() {
        #expect(isWellFormed(CumulativeLineChart(points: []).svg()))
        #expect(isWellFormed(StackedBarChart(rows: []).svg()))
    }
}
