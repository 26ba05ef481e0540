/// Horizontal bars, one a row, split into segments of a few series (districts by star rating).
/// Horizontal, so long district names read without turning, on a phone too.
public struct StackedBarChart: Sendable {
    public struct Row: Sendable, Equatable {
        public var label: String
        /// One count per series, in series order.
        public var segments: [Int]
        public init(label: String, segments: [Int]) {
            self.label = label
            self.segments = segments
        }
        public var total: Int { segments.reduce(0, +) }
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    // Drawn small (labels at 12 units) so that on a phone the drawing is shown near its own
    // size and the text stays readable; on a desktop the stylesheet caps its width.
    static let width = 360.0
    static let labelWidth = 118.0
    static let rowHeight = 24.0
    static let barHeight = 16.0
    static let top = 22.0
    static let right = 28.0
    /// Below this width a segment's count would not fit inside it.
    static let minimumLabelledSegment = 14.0

    /// Series `i` is drawn with class `series-i`; the template's legend uses the same classes.
    public func svg() -> SVGChart {
        let (step, top) = AxisScale.ticks(upTo: rows.map(\.total).max() ?? 0)
        let x0 = Self.labelWidth, x1 = Self.width - Self.right
        let scale = (x1 - x0) / Double(top)
        let height = Self.top + Double(rows.count) * Self.rowHeight + 8
        var parts: [String] = []
        for tick in stride(from: 0, through: top, by: step) {
            let x = x0 + Double(tick) * scale
            parts.append("<line class=\"chart-grid\" x1=\"\(SVGText.number(x))\" y1=\"\(SVGText.number(Self.top - 6))\" x2=\"\(SVGText.number(x))\" y2=\"\(SVGText.number(height - 8))\"/>")
            parts.append(SVGText.text(String(tick), x: x, y: Self.top - 9, anchor: "middle", className: "chart-tick"))
        }
        for (index, row) in rows.enumerated() {
            let y = Self.top + Double(index) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
            let middle = y + Self.barHeight / 2 + 4
            parts.append(SVGText.text(SVGText.clipped(row.label, to: 18), x: x0 - 6, y: middle, anchor: "end", className: "chart-label"))
            var x = x0
            for (series, count) in row.segments.enumerated() where count > 0 {
                let w = Double(count) * scale
                parts.append("<rect class=\"series-\(series)\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(w))\" height=\"\(SVGText.number(Self.barHeight))\"/>")
                if w >= Self.minimumLabelledSegment {
                    parts.append(SVGText.text(String(count), x: x + w / 2, y: middle, anchor: "middle", className: "chart-segment-value series-\(series)-text"))
                }
                x += w
            }
            parts.append(SVGText.text(String(row.total), x: x + 5, y: middle, className: "chart-value"))
        }
        return SVGChart(width: Self.width, height: height, body: parts.joined(separator: "\n"))
    }
}
