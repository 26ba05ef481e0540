import Templating

/// The drawing of a chart as SVG elements, without the `<svg>` element itself: the template
/// writes that, with the chart's `<title>`, so every word on the page stays in templates.
public struct SVGChart: Sendable, Equatable {
    public var width: Double
    public var height: Double
    /// Shapes and data labels (names, numbers, years), every text escaped.
    public var body: String

    /// `0 0 480 300`, for the template's `viewBox`.
    public var viewBox: String { "0 0 \(SVGText.number(width)) \(SVGText.number(height))" }
}

/// Text and numbers as they go into SVG markup.
public enum SVGText {
    /// Escapes text for an element's content or a quoted attribute value, as the templates do.
    public static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A coordinate: at most one decimal, no trailing ".0".
    static func number(_ value: Double) -> String { NumberText.plain((value * 10).rounded() / 10) }

    /// Shortens a label that would run out of its column; the table beside the chart has it whole.
    static func clipped(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// `<text>` with its position and classes; `content` is escaped here.
    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", className: String) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" class=\"\(className)\">\(escape(content))</text>"
    }
}

/// Round steps for an axis: 1, 2 or 5 times a power of ten, giving a handful of gridlines.
enum AxisScale {
    /// The step and the axis maximum (a multiple of the step, at least `maximum`).
    static func ticks(upTo maximum: Int, lines: Int = 5) -> (step: Int, top: Int) {
        guard maximum > 0 else { return (1, 1) }
        let rough = Double(maximum) / Double(lines)
        var power = 1
        while Double(power) * 10 <= rough { power *= 10 }
        let step = [1, 2, 5, 10].map { $0 * power }.first { Double($0) >= rough } ?? power * 10
        return (step, ((maximum + step - 1) / step) * step)
    }
}
