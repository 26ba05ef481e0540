/// Certifications per year as bars, with the running total as a line over them.
public struct CumulativeLineChart: Sendable {
    public struct Point: Sendable, Equatable {
        public var label: String
        public var count: Int
        public var cumulative: Int
        public init(label: String, count: Int, cumulative: Int) {
            self.label = label
            self.count = count
            self.cumulative = cumulative
        }
    }

    public var points: [Point]

    public init(points: [Point]) { self.points = points }

    // Small, like `StackedBarChart`, so the labels stay readable on a phone.
    static let width = 360.0
    static let height = 220.0
    static let left = 32.0
    static let right = 10.0
    static let top = 22.0
    static let bottom = 26.0
    /// The narrowest band that holds a year label; below it only every n-th year is labelled.
    static let labelBand = 34.0

    /// Bars have class `chart-bar`, the line `chart-line`, its points `chart-point`.
    public func svg() -> SVGChart {
        let (step, top) = AxisScale.ticks(upTo: points.map(\.cumulative).max() ?? 0)
        let plotBottom = Self.height - Self.bottom, plotHeight = plotBottom - Self.top
        let band = (Self.width - Self.left - Self.right) / Double(max(1, points.count))
        func y(_ value: Int) -> Double { plotBottom - Double(value) / Double(top) * plotHeight }
        func x(_ index: Int) -> Double { Self.left + band * (Double(index) + 0.5) }
        var parts: [String] = []
        for tick in stride(from: 0, through: top, by: step) {
            parts.append("<line class=\"chart-grid\" x1=\"\(SVGText.number(Self.left))\" y1=\"\(SVGText.number(y(tick)))\" x2=\"\(SVGText.number(Self.width - Self.right))\" y2=\"\(SVGText.number(y(tick)))\"/>")
            parts.append(SVGText.text(String(tick), x: Self.left - 6, y: y(tick) + 4, anchor: "end", className: "chart-tick"))
        }
        let barWidth = min(30, band * 0.55)
        let labelEvery = Int((Self.labelBand / band).rounded(.up))
        for (index, point) in points.enumerated() {
            if index % labelEvery == 0 {
                parts.append(SVGText.text(point.label, x: x(index), y: plotBottom + 17, anchor: "middle", className: "chart-label"))
            }
            guard point.count > 0 else { continue }
            parts.append("<rect class=\"chart-bar\" x=\"\(SVGText.number(x(index) - barWidth / 2))\" y=\"\(SVGText.number(y(point.count)))\" width=\"\(SVGText.number(barWidth))\" height=\"\(SVGText.number(plotBottom - y(point.count)))\"/>")
            if plotBottom - y(point.count) >= 16 {
                parts.append(SVGText.text(String(point.count), x: x(index), y: plotBottom - 4, anchor: "middle", className: "chart-bar-value"))
            }
        }
        let line = points.indices.map { "\(SVGText.number(x($0))),\(SVGText.number(y(points[$0].cumulative)))" }.joined(separator: " ")
        if !points.isEmpty { parts.append("<polyline class=\"chart-line\" fill=\"none\" points=\"\(line)\"/>") }
        for (index, point) in points.enumerated() {
            parts.append("<circle class=\"chart-point\" cx=\"\(SVGText.number(x(index)))\" cy=\"\(SVGText.number(y(point.cumulative)))\" r=\"3.5\"/>")
            parts.append(SVGText.text(String(point.cumulative), x: x(index), y: y(point.cumulative) - 8, anchor: "middle", className: "chart-value"))
        }
        return SVGChart(width: Self.width, height: Self.height, body: parts.joined(separator: "\n"))
    }
}
